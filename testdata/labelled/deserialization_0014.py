# label: deserialization safe CWE-502
# deserialization_0014: source django, bar method_const

import yaml
from django.http import HttpResponse
from django.urls import path


class Thing:
    def do_something(self, value):
        return "constant"


def deserialization_0014(request):
    param = request.COOKIES.get("preference", "")
    thing = Thing()
    bar = thing.do_something(param)
    obj = yaml.load(bar, Loader=yaml.Loader)
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0014/", deserialization_0014)]
