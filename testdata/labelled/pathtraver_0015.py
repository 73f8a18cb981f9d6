# label: pathtraver vulnerable CWE-22
# pathtraver_0015: source django, bar replace

import os
from django.http import HttpResponse
from django.urls import path


def pathtraver_0015(request):
    param = request.COOKIES.get("preference", "")
    bar = param.replace("\t", " ")
    os.remove("/tmp/app/" + bar)  # want: T22
    return HttpResponse("ok")


urlpatterns = [path("pathtraver_0015/", pathtraver_0015)]
