# label: ssrf safe CWE-918
# ssrf_0012: source django, bar list_pop

import requests
from django.http import HttpResponse
from django.urls import path


def ssrf_0012(request):
    param = request.GET.get("q", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    if bar not in ("eu", "us"):
        return HttpResponse("bad request", status=400)
    resp = requests.get(f"https://{bar}.api.example.com/health", timeout=5)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0012/", ssrf_0012)]
