# label: pathtraver vulnerable CWE-22
# pathtraver_0013: source django, bar loop

import os
from django.http import HttpResponse
from django.urls import path


def pathtraver_0013(request):
    param = request.POST.get("comment", "")
    bar = ""
    for ch in param:
        bar += ch
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:  # want: T22
        content = fh.read()
    return HttpResponse("ok")


urlpatterns = [path("pathtraver_0013/", pathtraver_0013)]
