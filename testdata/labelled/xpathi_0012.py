# label: xpathi safe CWE-643
# xpathi_0012: source django, bar varargs_other

from django.http import HttpResponse
from django.urls import path
from lxml import etree


def second(*args):
    return args[1]


def xpathi_0012(request):
    param = request.GET.get("q", "")
    bar = second(param, "safe")
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")
    return HttpResponse("ok")


urlpatterns = [path("xpathi_0012/", xpathi_0012)]
