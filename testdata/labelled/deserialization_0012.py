# label: deserialization safe CWE-502
# deserialization_0012: source django, bar match_safe

import jsonpickle
from django.http import HttpResponse
from django.urls import path


def deserialization_0012(request):
    param = request.POST.get("comment", "")
    guess = "ABC"
    switch_target = guess[1]
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case "C" | "D":
            bar = param
        case _:
            bar = "bob's your uncle"
    obj = jsonpickle.decode(bar)
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0012/", deserialization_0012)]
