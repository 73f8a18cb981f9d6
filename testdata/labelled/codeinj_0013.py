# label: codeinj safe CWE-94
# codeinj_0013: source django, bar nested_call

import ast
from django.http import HttpResponse
from django.urls import path


def inner(value):
    return value.strip()


def outer(value):
    prefix = ""
    return prefix + inner(value)


def codeinj_0013(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = outer(param)
    result = ast.literal_eval(bar)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0013/", codeinj_0013)]
