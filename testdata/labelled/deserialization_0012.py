# label: deserialization safe CWE-502
# deserialization_0012: source django, bar list_pop_safe

import jsonpickle
from django.http import HttpResponse
from django.urls import path


def deserialization_0012(request):
    param = request.GET.get("q", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[1]
    obj = jsonpickle.decode(bar)
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0012/", deserialization_0012)]
