# label: cmdi safe CWE-78
# cmdi_0034: source django, bar match

import shlex
import subprocess
from django.http import HttpResponse
from django.urls import path


def cmdi_0034(request):
    param = request.GET.get("q", "")
    guess = "ABC"
    switch_target = guess[2]
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case "C" | "D":
            bar = param
        case _:
            bar = "bob's your uncle"
    subprocess.run("ls -l " + shlex.quote(bar), shell=True, check=False)
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0034/", cmdi_0034)]
