# label: cmdi safe CWE-78
# cmdi_0031: source django, bar while

import subprocess
from django.http import HttpResponse
from django.urls import path


def cmdi_0031(request):
    param = request.GET.get("q", "")
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    subprocess.run(["ping", "-c", "1", "--", bar], check=False)
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0031/", cmdi_0031)]
