# label: ssrf safe CWE-918
# ssrf_0013: source django, bar try_const

import requests
from django.http import HttpResponse
from django.urls import path


def ssrf_0013(request):
    param = request.GET.get("q", "")
    try:
        int(param)
        bar = "numeric"
    except ValueError:
        bar = "other"
    resp = requests.get(bar, timeout=5)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0013/", ssrf_0013)]
