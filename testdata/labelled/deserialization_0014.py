# label: deserialization safe CWE-502
# deserialization_0014: source django, bar intcast

import yaml
from django.http import HttpResponse
from django.urls import path


def deserialization_0014(request):
    param = request.COOKIES.get("preference", "")
    bar = str(int(param))
    obj = yaml.load(bar, Loader=yaml.Loader)
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0014/", deserialization_0014)]
