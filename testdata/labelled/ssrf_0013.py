# label: ssrf safe CWE-918
# ssrf_0013: source django, bar dict_get_default

import requests
from django.http import HttpResponse
from django.urls import path


def ssrf_0013(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    values = {"keyA": "a-Value", "keyB": "b-Value"}
    bar = values.get("keyA", param)
    resp = requests.get(bar, timeout=5)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0013/", ssrf_0013)]
