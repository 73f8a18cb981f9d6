# label: ssrf safe CWE-918
# ssrf_0013: source django, bar truthy

import requests
from django.http import HttpResponse
from django.urls import path


def ssrf_0013(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = "yes" if param else "no"
    resp = requests.get(bar, timeout=5)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0013/", ssrf_0013)]
