# label: ssrf safe CWE-918
# ssrf_0013: source django, bar varargs_other

import requests
from django.http import HttpResponse
from django.urls import path


def second(*args):
    return args[1]


def ssrf_0013(request):
    param = request.POST.get("comment", "")
    bar = second(param, "safe")
    resp = requests.get(bar, timeout=5)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0013/", ssrf_0013)]
