# label: deserialization safe CWE-502
# deserialization_0014: source django, bar helper_const

import yaml
from django.http import HttpResponse
from django.urls import path


def do_something(value):
    return "safe!"


def deserialization_0014(request):
    param = request.COOKIES.get("preference", "")
    bar = do_something(param)
    obj = yaml.load(bar, Loader=yaml.Loader)
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0014/", deserialization_0014)]
