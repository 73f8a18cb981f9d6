# label: deserialization safe CWE-502
# deserialization_0011: source django, bar match_safe

import marshal
from django.http import HttpResponse
from django.urls import path


def deserialization_0011(request):
    param = request.GET.get("q", "")
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
    obj = marshal.loads(bytes.fromhex(bar))
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0011/", deserialization_0011)]
