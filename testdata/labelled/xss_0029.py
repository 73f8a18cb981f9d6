# label: xss safe CWE-79
# xss_0029: source django, bar selfattr_const

from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.kind


def xss_0029(request):
    param = request.GET.get("q", "")
    holder = Holder(param)
    bar = holder.get()
    return HttpResponse(mark_safe("<b>" + bar + "</b>"))


urlpatterns = [path("xss_0029/", xss_0029)]
