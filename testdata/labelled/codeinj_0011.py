# label: codeinj safe CWE-94
# codeinj_0011: source django, bar dict_safe

from django.http import HttpResponse
from django.urls import path


def codeinj_0011(request):
    param = request.GET.get("q", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    result = eval(bar)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0011/", codeinj_0011)]
