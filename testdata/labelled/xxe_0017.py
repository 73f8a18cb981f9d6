# label: xxe safe CWE-611
# xxe_0017: source django, bar b64

import base64
import xml.etree.ElementTree as ET
from django.http import HttpResponse
from django.urls import path


def xxe_0017(request):
    param = request.COOKIES.get("preference", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    root = ET.fromstring(bar)
    return HttpResponse("ok")


urlpatterns = [path("xxe_0017/", xxe_0017)]
