# label: redirect safe CWE-601
# redirect_0022: source django, bar splitjoin

import urllib.parse
from django.http import HttpResponse
from django.urls import path


def redirect_0022(request):
    param = request.GET.get("q", "")
    bar = " ".join(param.split(" "))
    resp = HttpResponse(status=302)
    resp["Location"] = "/search?q=" + urllib.parse.quote(bar)
    return resp


urlpatterns = [path("redirect_0022/", redirect_0022)]
