# label: cmdi safe CWE-78
# cmdi_0033: source django, bar match

import subprocess
from django.http import HttpResponse
from django.urls import path


def cmdi_0033(request):
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
    out = subprocess.check_output(["grep", "-F", "--", bar, "/var/log/app.log"])
    return HttpResponse("ok")


urlpatterns = [path("cmdi_0033/", cmdi_0033)]
