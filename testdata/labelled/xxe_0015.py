# label: xxe safe CWE-611
# xxe_0015: source django, bar while

from django.http import HttpResponse
from django.urls import path
from lxml import etree


def xxe_0015(request):
    param = request.POST.get("comment", "")
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    doc = etree.fromstring(bar.encode("utf-8"), parser)
    return HttpResponse("ok")


urlpatterns = [path("xxe_0015/", xxe_0015)]
