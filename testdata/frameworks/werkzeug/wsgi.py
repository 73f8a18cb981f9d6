"""A plain Werkzeug WSGI application without Flask."""
import subprocess

from werkzeug.utils import redirect
from werkzeug.wrappers import Request, Response


@Request.application
def application(request):
    name = request.args.get("name", "world")
    if request.args.get("next"):
        return redirect(request.args["next"])  # want: T601
    if request.args.get("count", type=int):
        subprocess.run("seq %d" % request.args.get("count", type=int), shell=True)
    subprocess.run("figlet " + name, shell=True)  # want: T78
    return Response("<h1>Hello %s</h1>" % name, mimetype="text/html")  # want: T79


def raw_app(environ, start_response):
    request = Request(environ)
    path = request.form.get("path", "")
    with open("/srv/data/" + path) as fh:  # want: T22
        body = fh.read()
    return Response(body, mimetype="text/plain")(environ, start_response)


@Request.application
def tagged(request):
    from werkzeug.datastructures import Headers

    headers = Headers()
    headers.add("X-Tag", request.args.get("tag", ""))  # want: T113
    headers["X-Mode"] = request.headers.get("X-Mode", "")  # want: T113
    headers.add("X-Static", "1")
    return Response("ok", headers=headers, mimetype="text/plain")


@Request.application
def bounce(request):
    from werkzeug.datastructures import Headers

    headers = Headers()
    headers.set("Location", request.args.get("to", "/"))  # want: T113 T601
    return Response("", status=302, headers=headers)
