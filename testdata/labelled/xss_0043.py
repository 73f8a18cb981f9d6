# label: xss safe CWE-79
# xss_0043: source django, bar insert

from django.http import HttpResponse
from django.urls import path
from django.utils.html import format_html


def xss_0043(request):
    param = request.GET.get("q", "")
    items = [param]
    items.insert(0, "safe")
    bar = items[1]
    return HttpResponse(format_html("<b>{}</b>", bar))


urlpatterns = [path("xss_0043/", xss_0043)]
