# label: pathtraver safe CWE-22
# pathtraver_0026: source django, bar dict_get_default

import os
from django.http import HttpResponse
from django.urls import path


def pathtraver_0026(request):
    param = request.GET.get("q", "")
    values = {"keyA": "a-Value", "keyB": "b-Value"}
    bar = values.get("keyA", param)
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:
        content = fh.read()
    return HttpResponse("ok")


urlpatterns = [path("pathtraver_0026/", pathtraver_0026)]
