# label: ssrf safe CWE-918
# ssrf_0011: source django, bar varargs_other

import httpx
from django.http import HttpResponse
from django.urls import path


def second(*args):
    return args[1]


def ssrf_0011(request):
    param = request.GET.get("q", "")
    bar = second(param, "safe")
    resp = httpx.get(bar)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0011/", ssrf_0011)]
