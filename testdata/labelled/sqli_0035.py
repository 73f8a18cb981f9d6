# label: sqli safe CWE-89
# sqli_0035: source django, bar direct

import sqlite3
from django.http import HttpResponse
from django.urls import path


def sqli_0035(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM users WHERE name = ?", (bar,))
    rows = cur.fetchall()
    return HttpResponse("ok")


urlpatterns = [path("sqli_0035/", sqli_0035)]
