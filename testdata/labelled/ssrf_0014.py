# label: ssrf safe CWE-918
# ssrf_0014: source django, bar try_const

import urllib.request
from django.http import HttpResponse
from django.urls import path


def ssrf_0014(request):
    param = request.POST.get("comment", "")
    try:
        int(param)
        bar = "numeric"
    except ValueError:
        bar = "other"
    with urllib.request.urlopen("http://" + bar + "/status") as resp:
        body = resp.read()
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0014/", ssrf_0014)]
