# label: redirect vulnerable CWE-601
# redirect_0006: source django, bar inherit

from django.http import HttpResponse
from django.urls import path


class Base:
    def clean(self, value):
        return value


class Child(Base):
    label = "child"


def redirect_0006(request):
    param = request.GET.get("q", "")
    bar = Child().clean(param)
    resp = HttpResponse(status=302)
    resp["Location"] = bar  # want: T601
    return resp


urlpatterns = [path("redirect_0006/", redirect_0006)]
