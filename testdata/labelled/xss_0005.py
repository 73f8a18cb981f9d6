# label: xss vulnerable CWE-79
# xss_0005: source django, bar format

from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


def xss_0005(request):
    param = request.GET.get("q", "")
    bar = "{}".format(param)
    return HttpResponse(mark_safe("<b>" + bar + "</b>"))  # want: T79


urlpatterns = [path("xss_0005/", xss_0005)]
