# label: pathtraver safe CWE-22
# pathtraver_0028: source django, bar ifstmt_safe

import os
from django.http import HttpResponse
from django.urls import path


def pathtraver_0028(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    os.remove("/tmp/app/" + bar)
    return HttpResponse("ok")


urlpatterns = [path("pathtraver_0028/", pathtraver_0028)]
