# label: codeinj safe CWE-94
# codeinj_0013: source django, bar varargs

import ast
from django.http import HttpResponse
from django.urls import path


def first(*args):
    return args[0]


def codeinj_0013(request):
    param = request.POST.get("comment", "")
    bar = first(param)
    result = ast.literal_eval(bar)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0013/", codeinj_0013)]
