# label: cmdi vulnerable CWE-78
# cmdi_0015: source django, bar closure

import subprocess
from django.http import HttpResponse
from django.urls import path


def cmdi_0015(request):
    param = request.COOKIES.get("preference", "")
    def inner():
        return param
    bar = inner()
    out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])  # want: T78
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0015/", cmdi_0015)]
