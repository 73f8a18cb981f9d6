# label: xxe safe CWE-611
# xxe_0018: source django, bar match

import io
import xml.sax
import xml.sax.handler
from django.http import HttpResponse
from django.urls import path


def xxe_0018(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    guess = "ABC"
    switch_target = guess[2]
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case "C" | "D":
            bar = param
        case _:
            bar = "bob's your uncle"
    parser = xml.sax.make_parser()
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))
    return HttpResponse("ok")


urlpatterns = [path("xxe_0018/", xxe_0018)]
