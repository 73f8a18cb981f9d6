# label: cmdi safe CWE-78
# cmdi_0031: source django, bar dict_update

import subprocess
from django.http import HttpResponse
from django.urls import path


def cmdi_0031(request):
    param = request.GET.get("q", "")
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    subprocess.run(["ping", "-c", "1", "--", bar], check=False)
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0031/", cmdi_0031)]
