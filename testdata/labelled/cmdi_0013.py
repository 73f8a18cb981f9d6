# label: cmdi vulnerable CWE-78
# cmdi_0013: source django, bar dictset

import os
from django.http import HttpResponse
from django.urls import path


def cmdi_0013(request):
    param = request.POST.get("comment", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    os.system("echo " + bar)  # want: T78
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0013/", cmdi_0013)]
