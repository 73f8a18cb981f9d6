# label: xxe safe CWE-611
# xxe_0017: source django, bar while

import xml.etree.ElementTree as ET
from django.http import HttpResponse
from django.urls import path


def xxe_0017(request):
    param = request.GET.get("q", "")
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    root = ET.fromstring(bar)
    return HttpResponse("ok")


urlpatterns = [path("xxe_0017/", xxe_0017)]
