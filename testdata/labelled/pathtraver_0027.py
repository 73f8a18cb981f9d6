# label: pathtraver safe CWE-22
# pathtraver_0027: source django, bar ifexp_safe

import pathlib
from django.http import HttpResponse
from django.urls import path


def pathtraver_0027(request):
    param = request.POST.get("comment", "")
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()
    return HttpResponse("ok")


urlpatterns = [path("pathtraver_0027/", pathtraver_0027)]
