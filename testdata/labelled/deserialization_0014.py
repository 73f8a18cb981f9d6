# label: deserialization safe CWE-502
# deserialization_0014: source django, bar match_safe

import yaml
from django.http import HttpResponse
from django.urls import path


def deserialization_0014(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
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
    obj = yaml.load(bar, Loader=yaml.Loader)
    return HttpResponse("ok")


urlpatterns = [path("deserialization_0014/", deserialization_0014)]
