# label: xpathi safe CWE-643
# xpathi_0013: source django, bar varcond

from django.http import HttpResponse
from django.urls import path
from lxml import etree


def xpathi_0013(request):
    param = request.POST.get("comment", "")
    bar = param if len(param) < 4096 else ""
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name=$name]/email/text()", name=bar)
    return HttpResponse("ok")


urlpatterns = [path("xpathi_0013/", xpathi_0013)]
