# label: pathtraver vulnerable CWE-22
# pathtraver_0013: source django, bar match

import os
from django.http import HttpResponse
from django.urls import path


def pathtraver_0013(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    guess = "ABC"
    switch_target = guess[2]
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case "C" | "D":
            bar = param
        case _:
            bar = "bob's your uncle"
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:  # want: T22
        content = fh.read()
    return HttpResponse("ok")


urlpatterns = [path("pathtraver_0013/", pathtraver_0013)]
