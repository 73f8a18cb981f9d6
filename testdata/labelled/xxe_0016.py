# label: xxe safe CWE-611
# xxe_0016: source django, bar try

from defusedxml.ElementTree import fromstring as defused_fromstring
from django.http import HttpResponse
from django.urls import path


def xxe_0016(request):
    param = request.POST.get("comment", "")
    try:
        bar = param.encode("ascii").decode("ascii")
    except UnicodeError:
        bar = ""
    doc = defused_fromstring(bar)
    return HttpResponse("ok")


urlpatterns = [path("xxe_0016/", xxe_0016)]
