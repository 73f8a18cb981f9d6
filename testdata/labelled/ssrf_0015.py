# label: ssrf safe CWE-918
# ssrf_0015: source django, bar loop

import requests
from django.http import HttpResponse
from django.urls import path


def ssrf_0015(request):
    param = request.COOKIES.get("preference", "")
    bar = ""
    for ch in param:
        bar += ch
    resp = requests.get("https://api.example.com/search", params={"q": bar}, timeout=5)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0015/", ssrf_0015)]
