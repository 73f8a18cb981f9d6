# label: deserialization safe CWE-502
# deserialization_0013: source django, bar overwrite

import base64
import pickle
from django.http import HttpResponse
from django.urls import path


def deserialization_0013(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = param
    bar = "constant_value"
    obj = pickle.loads(base64.b64decode(bar))
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0013/", deserialization_0013)]
