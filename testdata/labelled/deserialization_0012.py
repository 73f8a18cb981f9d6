# label: deserialization safe CWE-502
# deserialization_0012: source django, bar overwrite

import jsonpickle
from django.http import HttpResponse
from django.urls import path


def deserialization_0012(request):
    param = request.POST.get("comment", "")
    bar = param
    bar = "constant_value"
    obj = jsonpickle.decode(bar)
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0012/", deserialization_0012)]
