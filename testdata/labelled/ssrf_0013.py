# label: ssrf safe CWE-918
# ssrf_0013: source django, bar inherit_override

import requests
from django.http import HttpResponse
from django.urls import path


class Base:
    def clean(self, value):
        return value


class Child(Base):
    def clean(self, value):
        return "cleaned"


def ssrf_0013(request):
    param = request.GET.get("q", "")
    bar = Child().clean(param)
    resp = requests.get(bar, timeout=5)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0013/", ssrf_0013)]
