# label: xss safe CWE-79
# xss_0027: source django, bar dictset_safe

from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


def xss_0027(request):
    param = request.GET.get("q", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyA")
    return HttpResponse(mark_safe("<b>" + bar + "</b>"))


urlpatterns = [path("xss_0027/", xss_0027)]
