# label: pathtraver safe CWE-22
# pathtraver_0039: source django, bar helper

import os
from django.http import HttpResponse
from django.urls import path


def do_something(value):
    value = value.strip()
    return value


def pathtraver_0039(request):
    param = request.GET.get("q", "")
    bar = do_something(param)
    base = os.path.realpath("/var/app/uploads")
    path = os.path.realpath(os.path.join(base, bar))
    if os.path.commonpath([base, path]) != base:
        return HttpResponse("bad request", status=400)
    with open(path) as fh:
        content = fh.read()
    return HttpResponse("ok")


urlpatterns = [path("pathtraver_0039/", pathtraver_0039)]
