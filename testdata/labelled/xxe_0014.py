# label: xxe safe CWE-611
# xxe_0014: source django, bar inherit_override

import io
from django.http import HttpResponse
from django.urls import path
from lxml import etree


class Base:
    def clean(self, value):
        return value


class Child(Base):
    def clean(self, value):
        return "cleaned"


def xxe_0014(request):
    param = request.GET.get("q", "")
    bar = Child().clean(param)
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)
    return HttpResponse("ok")


urlpatterns = [path("xxe_0014/", xxe_0014)]
