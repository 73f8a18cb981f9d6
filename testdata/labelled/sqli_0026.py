# label: sqli safe CWE-89
# sqli_0026: source django, bar match_safe

import sqlite3
from django.http import HttpResponse
from django.urls import path


def sqli_0026(request):
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
    conn = sqlite3.connect("app.db")
    conn.executescript("INSERT INTO audit (entry) VALUES ('" + bar + "');")
    return HttpResponse("ok")


urlpatterns = [path("sqli_0026/", sqli_0026)]
