# label: ssrf safe CWE-918
# ssrf_0012: source django, bar varargs_other

import requests
from django.http import HttpResponse
from django.urls import path


def second(*args):
    return args[1]


def ssrf_0012(request):
    param = request.POST.get("comment", "")
    bar = second(param, "safe")
    resp = requests.post(bar + "/hooks/deploy", json={"ok": True}, timeout=5)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0012/", ssrf_0012)]
