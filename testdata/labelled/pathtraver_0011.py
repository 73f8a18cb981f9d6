# label: pathtraver vulnerable CWE-22
# pathtraver_0011: source django, bar ifstmt

import shutil
from django.http import HttpResponse
from django.urls import path


def pathtraver_0011(request):
    param = request.GET.get("q", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    shutil.copy(bar, "/tmp/backup/")  # want: T22
    return HttpResponse("ok")


urlpatterns = [path("pathtraver_0011/", pathtraver_0011)]
