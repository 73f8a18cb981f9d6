# label: cmdi safe CWE-78
# cmdi_0032: source django, bar unquote

import os
import shlex
import urllib.parse
from django.http import HttpResponse
from django.urls import path


def cmdi_0032(request):
    param = request.POST.get("comment", "")
    bar = urllib.parse.unquote(param)
    os.system("echo " + shlex.quote(bar))
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0032/", cmdi_0032)]
