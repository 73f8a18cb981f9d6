# label: cmdi safe CWE-78
# cmdi_0032: source django, bar b64

import base64
import os
import shlex
from django.http import HttpResponse
from django.urls import path


def cmdi_0032(request):
    param = request.POST.get("comment", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    os.system("echo " + shlex.quote(bar))
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0032/", cmdi_0032)]
