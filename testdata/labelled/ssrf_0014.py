# label: ssrf safe CWE-918
# ssrf_0014: source django, bar ifexp_safe

import urllib.request
from django.http import HttpResponse
from django.urls import path


def ssrf_0014(request):
    param = request.COOKIES.get("preference", "")
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    with urllib.request.urlopen("http://" + bar + "/status") as resp:
        body = resp.read()
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0014/", ssrf_0014)]
