# label: ssrf safe CWE-918
# ssrf_0014: source django, bar dict_get_default

import urllib.request
from django.http import HttpResponse
from django.urls import path


def ssrf_0014(request):
    param = request.COOKIES.get("preference", "")
    values = {"keyA": "a-Value", "keyB": "b-Value"}
    bar = values.get("keyA", param)
    with urllib.request.urlopen("http://" + bar + "/status") as resp:
        body = resp.read()
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0014/", ssrf_0014)]
