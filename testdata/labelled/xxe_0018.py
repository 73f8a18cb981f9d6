# label: xxe safe CWE-611
# xxe_0018: source django, bar dict

import io
import xml.sax
import xml.sax.handler
from django.http import HttpResponse
from django.urls import path


def xxe_0018(request):
    param = request.COOKIES.get("preference", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    parser = xml.sax.make_parser()
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))
    return HttpResponse("ok")


urlpatterns = [path("xxe_0018/", xxe_0018)]
