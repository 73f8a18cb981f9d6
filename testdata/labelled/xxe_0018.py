# label: xxe safe CWE-611
# xxe_0018: source django, bar b64

import base64
import io
import xml.sax
import xml.sax.handler
from django.http import HttpResponse
from django.urls import path


def xxe_0018(request):
    param = request.POST.get("comment", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    parser = xml.sax.make_parser()
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))
    return HttpResponse("ok")


urlpatterns = [path("xxe_0018/", xxe_0018)]
