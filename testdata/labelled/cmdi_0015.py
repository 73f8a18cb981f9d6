# label: cmdi vulnerable CWE-78
# cmdi_0015: source django, bar kwargs

import os
from django.http import HttpResponse
from django.urls import path


def build(**kwargs):
    return kwargs["value"]


def cmdi_0015(request):
    param = request.COOKIES.get("preference", "")
    bar = build(value=param)
    os.system("echo " + bar)  # want: T78
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0015/", cmdi_0015)]
