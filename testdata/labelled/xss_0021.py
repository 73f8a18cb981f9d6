# label: xss vulnerable CWE-79
# xss_0021: source django, bar kwargs

from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


def build(**kwargs):
    return kwargs["value"]


def xss_0021(request):
    param = request.GET.get("q", "")
    bar = build(value=param)
    return HttpResponse(mark_safe("<b>" + bar + "</b>"))  # want: T79


urlpatterns = [path("xss_0021/", xss_0021)]
