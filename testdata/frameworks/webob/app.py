import html

from webob import Response
from webob.dec import wsgify
from webob.exc import HTTPFound


@wsgify
def hello(req):
    return "<h1>Hello %s</h1>" % req.params.get("name", "world")  # want: T79


@wsgify
def hello_safe(req):
    return "<h1>Hello %s</h1>" % html.escape(req.params.get("name", "world"))


@wsgify
def jump(req):
    if req.GET.get("internal"):
        return HTTPFound(location="/home")
    return HTTPFound(location=req.GET.get("to", "/"))  # want: T601


@wsgify
def plain(req):
    return Response(req.body, content_type="text/plain")
