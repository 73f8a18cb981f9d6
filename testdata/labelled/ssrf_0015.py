# label: ssrf safe CWE-918
# ssrf_0015: source django, bar while

import requests
from django.http import HttpResponse
from django.urls import path


def ssrf_0015(request):
    param = request.COOKIES.get("preference", "")
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    resp = requests.get("https://api.example.com/search", params={"q": bar}, timeout=5)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0015/", ssrf_0015)]
