# label: cmdi vulnerable CWE-78
# cmdi_0012: source django, bar insert

import subprocess
from django.http import HttpResponse
from django.urls import path


def cmdi_0012(request):
    param = request.GET.get("q", "")
    items = [param]
    items.insert(0, "safe")
    bar = items[1]
    proc = subprocess.Popen(bar, shell=True, stdout=subprocess.PIPE)  # want: T78
    out = proc.communicate()[0]
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0012/", cmdi_0012)]
