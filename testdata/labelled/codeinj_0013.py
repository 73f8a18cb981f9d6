# label: codeinj safe CWE-94
# codeinj_0013: source django, bar generator

import ast
from django.http import HttpResponse
from django.urls import path


def produce(value):
    yield value
    yield "done"


def codeinj_0013(request):
    param = request.POST.get("comment", "")
    bar = next(produce(param))
    result = ast.literal_eval(bar)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0013/", codeinj_0013)]
