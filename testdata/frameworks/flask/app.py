"""A Flask app with blueprints: responses, headers, redirects and sessions written several ways."""
from flask import Blueprint, Flask, Response, escape, make_response, redirect, request, session, url_for

app = Flask(__name__)
admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.put("/note/<name>")
def put_note(name):
    return "<h1>saved %s</h1>" % name  # want: T79


@admin.delete("/note/<int:note_id>")
def delete_note(note_id):
    return "<p>deleted %d</p>" % note_id


@admin.patch("/note/<name>")
def patch_note(name):
    return "<p>patched %s</p>" % escape(name)


@app.route("/raw")
def raw():
    resp = app.response_class(request.args.get("body", ""))  # want: T79
    plain = app.response_class(request.args.get("body", ""), mimetype="text/plain")
    return resp if request.args.get("html") else plain


@app.route("/data")
def data():
    resp = Response()
    resp.data = "<p>%s</p>" % request.args.get("msg", "")  # want: T79
    resp.headers.setdefault("X-Msg", request.args.get("msg", ""))  # want: T113
    resp.set_cookie("msg", request.args.get("msg", ""))  # want: T113
    resp.set_cookie("theme", "dark", secure=True)
    return resp


@app.route("/moved")
def moved():
    return Response("moved", status=302, headers={"Location": request.args["to"]})  # want: T601


@app.route("/next")
def go_next():
    target = request.args.get("next")
    if not target:
        return redirect(url_for("raw"))
    resp = make_response("", 302)
    resp.location = target  # want: T601
    return resp


@app.post("/remember")
def remember():
    prefs = request.get_json()
    session["theme"] = prefs["theme"]  # want: T501
    session.update(lang=prefs["lang"])  # want: T501
    session["seen"] = True
    return {"ok": True}


@app.route("/whoami")
def whoami():
    return "<p>%s via %s</p>" % (request.remote_user, request.script_root)  # want: T79



from flask.sessions import SessionInterface  # noqa: E402


class TokenSessionInterface(SessionInterface):
    def open_session(self, app, request):
        import logging

        token = request.headers.get("X-Session", "")
        logging.getLogger("sessions").info("session token %s", token)  # want: T117
        logging.getLogger("sessions").info("session opened")
        return None

    def save_session(self, app, session, response):
        return None


@app.route("/default-next")
def default_next():
    resp = make_response("", 302)
    resp.headers.setdefault("Location", request.args.get("next", "/"))  # want: T113 T601
    return resp
