# label: cmdi safe CWE-78
# cmdi_0035: source django, bar loop

import subprocess
from django.http import HttpResponse
from django.urls import path


def cmdi_0035(request):
    param = request.POST.get("comment", "")
    bar = ""
    for ch in param:
        bar += ch
    subprocess.run(["tar", "czf", "/tmp/out.tgz", "--", bar], check=False)
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0035/", cmdi_0035)]
