# label: pathtraver vulnerable CWE-22
# pathtraver_0013: source django, bar helper

import os
from django.http import HttpResponse
from django.urls import path


def do_something(value):
    value = value.strip()
    return value


def pathtraver_0013(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = do_something(param)
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:  # want: T22
        content = fh.read()
    return HttpResponse("ok")


urlpatterns = [path("pathtraver_0013/", pathtraver_0013)]
