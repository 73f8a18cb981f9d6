# label: cmdi vulnerable CWE-78
# cmdi_0015: source django, bar recursion

import os
from django.http import HttpResponse
from django.urls import path


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


def cmdi_0015(request):
    param = request.COOKIES.get("preference", "")
    bar = unwrap(param, 3)
    os.system("echo " + bar)  # want: T78
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0015/", cmdi_0015)]
