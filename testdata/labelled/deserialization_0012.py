# label: deserialization safe CWE-502
# deserialization_0012: source django, bar list_pop

import yaml
from django.http import HttpResponse
from django.urls import path


def deserialization_0012(request):
    param = request.GET.get("q", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    obj = yaml.safe_load(bar)
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0012/", deserialization_0012)]
