# label: deserialization safe CWE-502
# deserialization_0013: source django, bar helper_const

import base64
import pickle
from django.http import HttpResponse
from django.urls import path


def do_something(value):
    return "safe!"


def deserialization_0013(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = do_something(param)
    obj = pickle.loads(base64.b64decode(bar))
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0013/", deserialization_0013)]
