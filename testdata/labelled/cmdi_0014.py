# label: cmdi vulnerable CWE-78
# cmdi_0014: source django, bar varargs

import subprocess
from django.http import HttpResponse
from django.urls import path


def first(*args):
    return args[0]


def cmdi_0014(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = first(param)
    subprocess.call(["bash", "-c", "tar czf /tmp/out.tgz " + bar])  # want: T78
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0014/", cmdi_0014)]
