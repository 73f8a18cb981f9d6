# label: cmdi vulnerable CWE-78
# cmdi_0013: source django, bar kwargs

import subprocess
from django.http import HttpResponse
from django.urls import path


def build(**kwargs):
    return kwargs["value"]


def cmdi_0013(request):
    param = request.POST.get("comment", "")
    bar = build(value=param)
    out = subprocess.getoutput("whois " + bar)  # want: T78
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0013/", cmdi_0013)]
