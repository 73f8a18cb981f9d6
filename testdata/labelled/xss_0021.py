# label: xss vulnerable CWE-79
# xss_0021: source django, bar recursion

from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


def xss_0021(request):
    param = request.GET.get("q", "")
    bar = unwrap(param, 3)
    return HttpResponse(mark_safe("<b>" + bar + "</b>"))  # want: T79


urlpatterns = [path("xss_0021/", xss_0021)]
