# label: cmdi vulnerable CWE-78
# cmdi_0012: source django, bar loop

import os
from django.http import HttpResponse
from django.urls import path


def cmdi_0012(request):
    param = request.GET.get("q", "")
    bar = ""
    for ch in param:
        bar += ch
    stream = os.popen("nslookup %s" % bar)  # want: T78
    out = stream.read()
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0012/", cmdi_0012)]
