# label: xss vulnerable CWE-79
# xss_0013: source django, bar inherit

from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


class Base:
    def clean(self, value):
        return value


class Child(Base):
    label = "child"


def xss_0013(request):
    param = request.GET.get("q", "")
    bar = Child().clean(param)
    return HttpResponse(mark_safe("<b>" + bar + "</b>"))  # want: T79


urlpatterns = [path("xss_0013/", xss_0013)]
