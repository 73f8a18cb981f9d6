# label: xss vulnerable CWE-79
# xss_0021: source django, bar varargs

from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


def first(*args):
    return args[0]


def xss_0021(request):
    param = request.GET.get("q", "")
    bar = first(param)
    return HttpResponse(mark_safe("<b>" + bar + "</b>"))  # want: T79


urlpatterns = [path("xss_0021/", xss_0021)]
