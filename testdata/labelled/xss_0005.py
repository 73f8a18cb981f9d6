# label: xss vulnerable CWE-79
# xss_0005: source django, bar selfattr

from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


def xss_0005(request):
    param = request.GET.get("q", "")
    holder = Holder(param)
    bar = holder.get()
    return HttpResponse(mark_safe("<b>" + bar + "</b>"))  # want: T79


urlpatterns = [path("xss_0005/", xss_0005)]
