# label: pathtraver vulnerable CWE-22
# pathtraver_0014: source django, bar dictset

import pathlib
from django.http import HttpResponse
from django.urls import path


def pathtraver_0014(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()  # want: T22
    return HttpResponse("ok")


urlpatterns = [path("pathtraver_0014/", pathtraver_0014)]
