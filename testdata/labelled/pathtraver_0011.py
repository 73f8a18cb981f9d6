# label: pathtraver vulnerable CWE-22
# pathtraver_0011: source django, bar ifexp

import shutil
from django.http import HttpResponse
from django.urls import path


def pathtraver_0011(request):
    param = request.GET.get("q", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    shutil.copy(bar, "/tmp/backup/")  # want: T22
    return HttpResponse("ok")


urlpatterns = [path("pathtraver_0011/", pathtraver_0011)]
