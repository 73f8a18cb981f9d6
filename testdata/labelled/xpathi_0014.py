# label: xpathi safe CWE-643
# xpathi_0014: source django, bar thing_factory

import helpers.things
from django.http import HttpResponse
from django.urls import path
from lxml import etree


def xpathi_0014(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    thing = helpers.things.create_thing()
    bar = thing.do_something(param)
    root = etree.parse("books.xml")
    find = etree.XPath("//book[title=$t]/price")
    prices = find(root, t=bar)
    return HttpResponse("ok")


urlpatterns = [path("xpathi_0014/", xpathi_0014)]
