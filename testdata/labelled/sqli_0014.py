# label: sqli vulnerable CWE-89
# sqli_0014: source django, bar unpack

import sqlite3
from django.http import HttpResponse
from django.urls import path


def sqli_0014(request):
    param = request.POST.get("comment", "")
    first, bar = "safe", param
    conn = sqlite3.connect("app.db")
    conn.executescript("INSERT INTO audit (entry) VALUES ('" + bar + "');")  # want: T89
    return HttpResponse("ok")


urlpatterns = [path("sqli_0014/", sqli_0014)]
