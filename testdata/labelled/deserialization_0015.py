# label: deserialization safe CWE-502
# deserialization_0015: source django, bar replace

import json
from django.http import HttpResponse
from django.urls import path


def deserialization_0015(request):
    param = request.COOKIES.get("preference", "")
    bar = param.replace("\t", " ")
    obj = json.loads(bar)
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0015/", deserialization_0015)]
