# label: xxe safe CWE-611
# xxe_0016: source django, bar while

from defusedxml.ElementTree import fromstring as defused_fromstring
from django.http import HttpResponse
from django.urls import path


def xxe_0016(request):
    param = request.POST.get("comment", "")
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    doc = defused_fromstring(bar)
    return HttpResponse("ok")


urlpatterns = [path("xxe_0016/", xxe_0016)]
