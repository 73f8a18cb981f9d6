# label: cmdi safe CWE-78
# cmdi_0033: source django, bar dict

import subprocess
from django.http import HttpResponse
from django.urls import path


def cmdi_0033(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    out = subprocess.check_output(["grep", "-F", "--", bar, "/var/log/app.log"])
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0033/", cmdi_0033)]
