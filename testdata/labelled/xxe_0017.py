# label: xxe safe CWE-611
# xxe_0017: source django, bar helper

import xml.etree.ElementTree as ET
from django.http import HttpResponse
from django.urls import path


def do_something(value):
    value = value.strip()
    return value


def xxe_0017(request):
    param = request.COOKIES.get("preference", "")
    bar = do_something(param)
    root = ET.fromstring(bar)
    return HttpResponse("ok")


urlpatterns = [path("xxe_0017/", xxe_0017)]
