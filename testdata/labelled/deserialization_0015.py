# label: deserialization safe CWE-502
# deserialization_0015: source django, bar varargs

import json
from django.http import HttpResponse
from django.urls import path


def first(*args):
    return args[0]


def deserialization_0015(request):
    param = request.COOKIES.get("preference", "")
    bar = first(param)
    obj = json.loads(bar)
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0015/", deserialization_0015)]
