# label: sqli vulnerable CWE-89
# sqli_0012: source django, bar loop

import sqlite3
from django.http import HttpResponse
from django.urls import path


def sqli_0012(request):
    param = request.POST.get("comment", "")
    bar = ""
    for ch in param:
        bar += ch
    conn = sqlite3.connect("app.db")
    conn.executescript("INSERT INTO audit (entry) VALUES ('" + bar + "');")  # want: T89
    return HttpResponse("ok")


urlpatterns = [path("sqli_0012/", sqli_0012)]
