# label: cmdi safe CWE-78
# cmdi_0036: source django, bar overwrite_late

import subprocess
from django.http import HttpResponse
from django.urls import path


def cmdi_0036(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = "constant"
    if param:
        bar = param
    subprocess.run(["ping", "-c", "1", "--", bar], check=False)
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0036/", cmdi_0036)]
