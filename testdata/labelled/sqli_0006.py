# label: sqli vulnerable CWE-89
# sqli_0006: source django, bar ifstmt

import sqlite3
from django.http import HttpResponse
from django.urls import path


def sqli_0006(request):
    param = request.POST.get("comment", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    conn = sqlite3.connect("app.db")
    conn.executescript("INSERT INTO audit (entry) VALUES ('" + bar + "');")  # want: T89
    return HttpResponse("ok")


urlpatterns = [path("sqli_0006/", sqli_0006)]
