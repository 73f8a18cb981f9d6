# label: pathtraver vulnerable CWE-22
# pathtraver_0014: source django, bar helper

import pathlib
from django.http import HttpResponse
from django.urls import path


def do_something(value):
    value = value.strip()
    return value


def pathtraver_0014(request):
    param = request.COOKIES.get("preference", "")
    bar = do_something(param)
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()  # want: T22
    return HttpResponse("ok")


urlpatterns = [path("pathtraver_0014/", pathtraver_0014)]
