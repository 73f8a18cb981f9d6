# label: cmdi safe CWE-78
# cmdi_0034: source django, bar helper

import shlex
import subprocess
from django.http import HttpResponse
from django.urls import path


def do_something(value):
    value = value.strip()
    return value


def cmdi_0034(request):
    param = request.COOKIES.get("preference", "")
    bar = do_something(param)
    subprocess.run("ls -l " + shlex.quote(bar), shell=True, check=False)
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0034/", cmdi_0034)]
