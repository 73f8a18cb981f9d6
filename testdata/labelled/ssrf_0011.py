# label: ssrf safe CWE-918
# ssrf_0011: source django, bar kwargs_other

import httpx
from django.http import HttpResponse
from django.urls import path


def build(**kwargs):
    return kwargs["other"]


def ssrf_0011(request):
    param = request.GET.get("q", "")
    bar = build(value=param, other="safe")
    resp = httpx.get(bar)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0011/", ssrf_0011)]
