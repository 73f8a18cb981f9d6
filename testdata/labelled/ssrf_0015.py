# label: ssrf safe CWE-918
# ssrf_0015: source django, bar match

import requests
from django.http import HttpResponse
from django.urls import path


def ssrf_0015(request):
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
    resp = requests.get("https://api.example.com/search", params={"q": bar}, timeout=5)
    return HttpResponse("ok")


urlpatterns = [path("ssrf_0015/", ssrf_0015)]
