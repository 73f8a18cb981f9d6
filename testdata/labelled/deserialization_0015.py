# label: deserialization safe CWE-502
# deserialization_0015: source django, bar bytes

import json
from django.http import HttpResponse
from django.urls import path


def deserialization_0015(request):
    param = request.COOKIES.get("preference", "")
    bar = bytes(param, "utf-8").decode("utf-8")
    obj = json.loads(bar)
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0015/", deserialization_0015)]
