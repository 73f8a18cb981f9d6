# label: xxe safe CWE-611
# xxe_0017: source django, bar unquote

import urllib.parse
import xml.etree.ElementTree as ET
from django.http import HttpResponse
from django.urls import path


def xxe_0017(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = urllib.parse.unquote(param)
    root = ET.fromstring(bar)
    return HttpResponse("ok")


urlpatterns = [path("xxe_0017/", xxe_0017)]
