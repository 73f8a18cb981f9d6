# label: xpathi safe CWE-643
# xpathi_0014: source django, bar method

from django.http import HttpResponse
from django.urls import path
from lxml import etree


class Thing:
    def do_something(self, value):
        return value


def xpathi_0014(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    thing = Thing()
    bar = thing.do_something(param)
    root = etree.parse("books.xml")
    find = etree.XPath("//book[title=$t]/price")
    prices = find(root, t=bar)
    return HttpResponse("ok")


urlpatterns = [path("xpathi_0014/", xpathi_0014)]
