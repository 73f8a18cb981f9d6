# label: cmdi vulnerable CWE-78
# cmdi_0014: source django, bar unpack

import subprocess
from django.http import HttpResponse
from django.urls import path


def cmdi_0014(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    first, bar = "safe", param
    subprocess.run(f"ls -l {bar}", shell=True)  # want: T78
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0014/", cmdi_0014)]
