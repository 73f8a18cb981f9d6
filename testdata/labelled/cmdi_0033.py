# label: cmdi safe CWE-78
# cmdi_0033: source django, bar b64

import base64
import subprocess
from django.http import HttpResponse
from django.urls import path


def cmdi_0033(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    out = subprocess.check_output(["grep", "-F", "--", bar, "/var/log/app.log"])
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0033/", cmdi_0033)]
