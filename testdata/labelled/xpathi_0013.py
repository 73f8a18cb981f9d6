# label: xpathi safe CWE-643
# xpathi_0013: source django, bar list_pop

from django.http import HttpResponse
from django.urls import path
from lxml import etree


def xpathi_0013(request):
    param = request.POST.get("comment", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name=$name]/email/text()", name=bar)
    return HttpResponse("ok")


urlpatterns = [path("xpathi_0013/", xpathi_0013)]
