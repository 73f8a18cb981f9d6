"""More Django views: redirects, headers, raw cursors and session writes spelled other ways."""
import json
import logging
import subprocess

from django.db import connection, connections
from django.http import (
    HttpResponse,
    HttpResponseNotFound,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
    JsonResponse,
    StreamingHttpResponse,
)
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme

log = logging.getLogger("shop.audit")


def go_back(request):
    target = request.META.get("HTTP_REFERER", "/")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(target)  # want: T601


def moved(request):
    return HttpResponsePermanentRedirect(request.GET["to"])  # want: T601


def located(request):
    response = HttpResponse(status=302)
    response["Location"] = request.POST.get("next", "/")  # want: T601 T113
    return response


def located_headers(request):
    return HttpResponse(status=302, headers={"Location": request.GET.get("next", "/")})  # want: T601


def missing(request):
    name = request.GET.get("page", "")
    if name == "":
        return HttpResponseNotFound("<p>No page %s</p>" % escape(name))
    return HttpResponseNotFound("<p>No page %s</p>" % name)  # want: T79


def stream(request):
    lines = request.GET.getlist("line")
    return StreamingHttpResponse("<li>%s</li>" % line for line in lines)  # want: T79


def plain(request):
    return HttpResponse(request.GET.get("q", ""), content_type="text/plain")


def as_json(request):
    return JsonResponse({"q": request.GET.get("q", "")})


def report(request):
    table = request.GET.get("table", "orders")
    with connections["reporting"].cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM " + table)  # want: T89
        cur.execute("SELECT COUNT(*) FROM orders WHERE region = %s", [table])
    cursor = connection.cursor()
    cursor.execute(f"DELETE FROM carts WHERE owner = '{table}'")  # want: T89
    return JsonResponse({"ok": True})


def remember(request):
    prefs = json.loads(request.body)
    request.session.update({"theme": prefs["theme"]})  # want: T501
    request.session.setdefault("lang", prefs["lang"])  # want: T501
    request.session["count"] = 1
    log.info("preferences from %s", request.COOKIES.get("sid", ""))  # want: T117
    return JsonResponse({"saved": True})


def convert(request):
    upload = request.FILES["doc"]
    subprocess.run("unoconv " + upload.name, shell=True)  # want: T78
    subprocess.run(["unoconv", "--", upload.name])
    return JsonResponse({"converted": True})


def import_archive(request):
    import zipfile

    upload = request.FILES["archive"]
    with zipfile.ZipFile(upload) as zf:
        names = zf.namelist()
    with zipfile.ZipFile("/srv/imports/" + upload.name) as zf:  # want: T22
        names += zf.namelist()
    return JsonResponse({"files": len(names)})


def default_location(request):
    response = HttpResponse(status=302)
    response.setdefault("Location", request.GET.get("next", "/"))  # want: T113 T601
    return response


def render_bio(request):
    from django.utils.html import linebreaks, urlize

    bio = request.GET.get("bio", "")
    if request.GET.get("links"):
        return HttpResponse(urlize(bio, autoescape=True))
    if request.GET.get("raw"):
        return HttpResponse(urlize(bio))  # want: T79
    return HttpResponse(linebreaks(bio, autoescape=True))
