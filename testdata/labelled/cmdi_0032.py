# label: cmdi safe CWE-78
# cmdi_0032: source django, bar while

import os
import shlex
from django.http import HttpResponse
from django.urls import path


def cmdi_0032(request):
    param = request.POST.get("comment", "")
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    os.system("echo " + shlex.quote(bar))
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0032/", cmdi_0032)]
