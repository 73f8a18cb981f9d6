# label: cmdi vulnerable CWE-78
# cmdi_0014: source django, bar nested_call

import subprocess
from django.http import HttpResponse
from django.urls import path


def inner(value):
    return value.strip()


def outer(value):
    prefix = ""
    return prefix + inner(value)


def cmdi_0014(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = outer(param)
    subprocess.call(["bash", "-c", "tar czf /tmp/out.tgz " + bar])  # want: T78
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0014/", cmdi_0014)]
