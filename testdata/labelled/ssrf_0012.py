# label: ssrf safe CWE-918
# ssrf_0012: source django, bar truthy

import requests
from django.http import HttpResponse
from django.urls import path


def ssrf_0012(request):
    param = request.POST.get("comment", "")
    bar = "yes" if param else "no"
    resp = requests.post(bar + "/hooks/deploy", json={"ok": True}, timeout=5)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0012/", ssrf_0012)]
