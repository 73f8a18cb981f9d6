# label: ssrf safe CWE-918
# ssrf_0014: source django, bar truthy

import urllib.request
from django.http import HttpResponse
from django.urls import path


def ssrf_0014(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = "yes" if param else "no"
    with urllib.request.urlopen("http://" + bar + "/status") as resp:
        body = resp.read()
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0014/", ssrf_0014)]
