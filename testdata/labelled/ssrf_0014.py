# label: ssrf safe CWE-918
# ssrf_0014: source django, bar kwargs_other

import urllib.request
from django.http import HttpResponse
from django.urls import path


def build(**kwargs):
    return kwargs["other"]


def ssrf_0014(request):
    param = request.POST.get("comment", "")
    bar = build(value=param, other="safe")
    with urllib.request.urlopen("http://" + bar + "/status") as resp:
        body = resp.read()
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0014/", ssrf_0014)]
