# label: codeinj safe CWE-94
# codeinj_0012: source django, bar dict_safe

from django.http import HttpResponse
from django.urls import path


def codeinj_0012(request):
    param = request.POST.get("comment", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    exec("total = " + bar)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0012/", codeinj_0012)]
