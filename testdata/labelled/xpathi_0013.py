# label: xpathi safe CWE-643
# xpathi_0013: source django, bar method

from django.http import HttpResponse
from django.urls import path
from lxml import etree


class Thing:
    def do_something(self, value):
        return value


def xpathi_0013(request):
    param = request.POST.get("comment", "")
    thing = Thing()
    bar = thing.do_something(param)
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name=$name]/email/text()", name=bar)
    return HttpResponse("ok")


urlpatterns = [path("xpathi_0013/", xpathi_0013)]
