# label: pathtraver vulnerable CWE-22
# pathtraver_0012: source django, bar match

import os
from django.http import HttpResponse
from django.urls import path


def pathtraver_0012(request):
    param = request.POST.get("comment", "")
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
    with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:  # want: T22
        fh.write("x")
    return HttpResponse("ok")


urlpatterns = [path("pathtraver_0012/", pathtraver_0012)]
