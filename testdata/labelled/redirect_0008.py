# label: redirect vulnerable CWE-601
# redirect_0008: source django, bar inherit

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path


class Base:
    def clean(self, value):
        return value


class Child(Base):
    label = "child"


def redirect_0008(request):
    param = request.GET.get("q", "")
    bar = Child().clean(param)
    return HttpResponseRedirect(bar)  # want: T601


urlpatterns = [path("redirect_0008/", redirect_0008)]
