# label: xss safe CWE-79
# xss_0025: source django, bar method_const

from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


class Thing:
    def do_something(self, value):
        return "constant"


def xss_0025(request):
    param = request.GET.get("q", "")
    thing = Thing()
    bar = thing.do_something(param)
    return HttpResponse(mark_safe("<b>" + bar + "</b>"))


urlpatterns = [path("xss_0025/", xss_0025)]
