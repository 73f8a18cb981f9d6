from django.http import HttpResponse
from django.urls import path
from flask import Blueprint, Response, make_response, request

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


def django_go(request):
    resp = HttpResponse(status=302)
    resp["Location"] = request.GET["next"]  # want: T601 T113
    resp["X-Shop-Tag"] = request.GET["tag"]  # want: T113
    return resp


urlpatterns = [path("go/", django_go)]
