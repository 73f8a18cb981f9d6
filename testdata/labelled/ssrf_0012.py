# label: ssrf safe CWE-918
# ssrf_0012: source django, bar kwargs_other

import requests
from django.http import HttpResponse
from django.urls import path


def build(**kwargs):
    return kwargs["other"]


def ssrf_0012(request):
    param = request.GET.get("q", "")
    bar = build(value=param, other="safe")
    resp = requests.post(bar + "/hooks/deploy", json={"ok": True}, timeout=5)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0012/", ssrf_0012)]
