# label: ssrf safe CWE-918
# ssrf_0013: source django, bar ifexp_safe

import requests
from django.http import HttpResponse
from django.urls import path


def ssrf_0013(request):
    param = request.POST.get("comment", "")
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    resp = requests.get(bar, timeout=5)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0013/", ssrf_0013)]
