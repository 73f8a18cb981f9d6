# label: xxe safe CWE-611
# xxe_0016: source django, bar unquote

import urllib.parse
from defusedxml.ElementTree import fromstring as defused_fromstring
from django.http import HttpResponse
from django.urls import path


def xxe_0016(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = urllib.parse.unquote(param)
    doc = defused_fromstring(bar)
    return HttpResponse("ok")


urlpatterns = [path("xxe_0016/", xxe_0016)]
