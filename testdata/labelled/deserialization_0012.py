# label: deserialization safe CWE-502
# deserialization_0012: source django, bar helper_const

import jsonpickle
from django.http import HttpResponse
from django.urls import path


def do_something(value):
    return "safe!"


def deserialization_0012(request):
    param = request.POST.get("comment", "")
    bar = do_something(param)
    obj = jsonpickle.decode(bar)
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0012/", deserialization_0012)]
