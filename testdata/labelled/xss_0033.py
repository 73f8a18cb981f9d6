# label: xss safe CWE-79
# xss_0033: source django, bar setitem_safe

from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


def xss_0033(request):
    param = request.GET.get("q", "")
    items = ["a", param]
    items[1] = "safe"
    bar = items[1]
    return HttpResponse(mark_safe("<b>" + bar + "</b>"))


urlpatterns = [path("xss_0033/", xss_0033)]
