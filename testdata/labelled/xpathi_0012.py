# label: xpathi safe CWE-643
# xpathi_0012: source django, bar truthy

from django.http import HttpResponse
from django.urls import path
from lxml import etree


def xpathi_0012(request):
    param = request.GET.get("q", "")
    bar = "yes" if param else "no"
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")
    return HttpResponse("ok")


urlpatterns = [path("xpathi_0012/", xpathi_0012)]
