# label: xxe safe CWE-611
# xxe_0012: source django, bar list_pop

from defusedxml.ElementTree import fromstring as defused_fromstring
from django.http import HttpResponse
from django.urls import path


def xxe_0012(request):
    param = request.GET.get("q", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    doc = defused_fromstring(bar)
    return HttpResponse("ok")


urlpatterns = [path("xxe_0012/", xxe_0012)]
