# label: pathtraver vulnerable CWE-22
# pathtraver_0012: source django, bar method

import os
from django.http import HttpResponse
from django.urls import path


class Thing:
    def do_something(self, value):
        return value


def pathtraver_0012(request):
    param = request.GET.get("q", "")
    thing = Thing()
    bar = thing.do_something(param)
    with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:  # want: T22
        fh.write("x")
    return HttpResponse("ok")


urlpatterns = [path("pathtraver_0012/", pathtraver_0012)]
