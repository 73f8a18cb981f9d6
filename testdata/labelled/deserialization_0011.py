# label: deserialization safe CWE-502
# deserialization_0011: source django, bar overwrite

import marshal
from django.http import HttpResponse
from django.urls import path


def deserialization_0011(request):
    param = request.GET.get("q", "")
    bar = param
    bar = "constant_value"
    obj = marshal.loads(bytes.fromhex(bar))
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0011/", deserialization_0011)]
