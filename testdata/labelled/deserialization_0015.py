# label: deserialization safe CWE-502
# deserialization_0015: source django, bar del_index

import json
from django.http import HttpResponse
from django.urls import path


def deserialization_0015(request):
    param = request.COOKIES.get("preference", "")
    items = ["safe", param]
    del items[0]
    bar = items[0]
    obj = json.loads(bar)
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0015/", deserialization_0015)]
