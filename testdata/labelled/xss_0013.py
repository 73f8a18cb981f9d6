# label: xss vulnerable CWE-79
# xss_0013: source django, bar static

from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


class Util:
    @staticmethod
    def passthrough(value):
        return value


def xss_0013(request):
    param = request.GET.get("q", "")
    bar = Util.passthrough(param)
    return HttpResponse(mark_safe("<b>" + bar + "</b>"))  # want: T79


urlpatterns = [path("xss_0013/", xss_0013)]
