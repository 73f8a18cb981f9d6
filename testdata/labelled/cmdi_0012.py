# label: cmdi vulnerable CWE-78
# cmdi_0012: source django, bar nested_call

import subprocess
from django.http import HttpResponse
from django.urls import path


def inner(value):
    return value.strip()


def outer(value):
    prefix = ""
    return prefix + inner(value)


def cmdi_0012(request):
    param = request.GET.get("q", "")
    bar = outer(param)
    out = subprocess.getoutput("whois " + bar)  # want: T78
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0012/", cmdi_0012)]
