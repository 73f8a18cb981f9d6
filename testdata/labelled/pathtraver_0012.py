# label: pathtraver vulnerable CWE-22
# pathtraver_0012: source django, bar ifstmt

import os
from django.http import HttpResponse
from django.urls import path


def pathtraver_0012(request):
    param = request.POST.get("comment", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:  # want: T22
        fh.write("x")
    return HttpResponse("ok")


urlpatterns = [path("pathtraver_0012/", pathtraver_0012)]
