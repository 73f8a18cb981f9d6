# label: xxe safe CWE-611
# xxe_0017: source django, bar static

import xml.etree.ElementTree as ET
from django.http import HttpResponse
from django.urls import path


class Util:
    @staticmethod
    def passthrough(value):
        return value


def xxe_0017(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = Util.passthrough(param)
    root = ET.fromstring(bar)
    return HttpResponse("ok")


urlpatterns = [path("xxe_0017/", xxe_0017)]
