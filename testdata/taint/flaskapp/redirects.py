from django.http import HttpResponse
from django.urls import path
import requests
from urllib.parse import quote, quote_plus
from flask import Blueprint, Response, make_response, redirect, request

rbp = Blueprint("redirects", __name__)


@rbp.route("/go")
def go():
    return Response(status=302, headers={"Location": request.args["next"]})  # want: T601


@rbp.route("/go-safe")
def go_safe():
    return Response(status=302, headers={"Location": "/home", "X-Next": request.args["next"]})


@rbp.route("/go-pairs")
def go_pairs():
    return Response("", 302, [("Location", request.args["next"])])  # want: T601


@rbp.route("/go-header")
def go_header():
    resp = make_response("", 302)
    resp.headers["Location"] = request.args["next"]  # want: T601 T113
    resp.headers["X-Trace"] = request.args["next"]  # want: T113
    return resp


@rbp.route("/prefixed")
def prefixed():
    q = request.args["q"]
    if request.args.get("a"):
        return redirect("/search?q=" + q)
    if request.args.get("b"):
        return redirect("/" + q)  # want: T601
    if request.args.get("c"):
        return redirect("https://example.com" + q)  # want: T601
    if request.args.get("d"):
        return redirect(f"https://example.com/{q}")
    if request.args.get("e"):
        return redirect("/items/{}".format(q))
    if request.args.get("f"):
        return redirect("%s/items" % q)  # want: T601
    requests.get(f"https://api.example.com/search?q={q}", timeout=3)
    requests.get("https://api.example.com/search?q=%s" % q, timeout=3)
    requests.get("https://api.github.com/users/" + q, timeout=3)  # want: T918
    requests.get("https://" + q + "/status", timeout=3)  # want: T918
    # One percent-encoded segment (no "/") under a fixed host stays on that host.
    requests.get("https://api.github.com/users/" + quote(q, safe=""), timeout=3)
    requests.get(f"https://api.github.com/users/{quote_plus(q)}/repos", timeout=3)
    requests.get("https://api.github.com/users/" + quote(q), timeout=3)  # want: T918
    requests.get("https://api.github.com" + quote(q, safe=""), timeout=3)  # want: T918
    requests.get("https://" + quote_plus(q), timeout=3)  # want: T918
    return "ok"


def django_go(request):
    resp = HttpResponse(status=302)
    resp["Location"] = request.GET["next"]  # want: T601 T113
    resp["X-Shop-Tag"] = request.GET["tag"]  # want: T113
    return resp


urlpatterns = [path("go/", django_go)]
