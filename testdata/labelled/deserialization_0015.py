# label: deserialization safe CWE-502
# deserialization_0015: source django, bar ifexp

import json
from django.http import HttpResponse
from django.urls import path


def deserialization_0015(request):
    param = request.COOKIES.get("preference", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    obj = json.loads(bar)
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0015/", deserialization_0015)]
