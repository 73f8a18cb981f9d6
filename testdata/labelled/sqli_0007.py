# label: sqli vulnerable CWE-89
# sqli_0007: source django, bar match

import sqlite3
from django.http import HttpResponse
from django.urls import path


def sqli_0007(request):
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
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)  # want: T89
    rows = cur.fetchall()
    return HttpResponse("ok")


urlpatterns = [path("sqli_0007/", sqli_0007)]
