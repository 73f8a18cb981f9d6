# label: deserialization safe CWE-502
# deserialization_0013: source django, bar method_const

import base64
import pickle
from django.http import HttpResponse
from django.urls import path


class Thing:
    def do_something(self, value):
        return "constant"


def deserialization_0013(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    thing = Thing()
    bar = thing.do_something(param)
    obj = pickle.loads(base64.b64decode(bar))
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0013/", deserialization_0013)]
