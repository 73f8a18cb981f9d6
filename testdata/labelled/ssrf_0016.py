# label: ssrf safe CWE-918
# ssrf_0016: source django, bar unquote

import requests
import urllib.parse
from django.http import HttpResponse
from django.urls import path


def ssrf_0016(request):
    param = request.COOKIES.get("preference", "")
    bar = urllib.parse.unquote(param)
    if bar not in ("eu", "us"):
        return HttpResponse("bad request", status=400)
    resp = requests.get(f"https://{bar}.api.example.com/health", timeout=5)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0016/", ssrf_0016)]
