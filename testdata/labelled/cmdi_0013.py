# label: cmdi vulnerable CWE-78
# cmdi_0013: source django, bar dict_update

import subprocess
from django.http import HttpResponse
from django.urls import path


def cmdi_0013(request):
    param = request.POST.get("comment", "")
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    out = subprocess.getoutput("whois " + bar)  # want: T78
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0013/", cmdi_0013)]
