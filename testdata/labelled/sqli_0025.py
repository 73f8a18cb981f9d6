# label: sqli safe CWE-89
# sqli_0025: source django, bar overwrite

import sqlite3
from django.http import HttpResponse
from django.urls import path


def sqli_0025(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = param
    bar = "constant_value"
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)
    rows = cur.fetchall()
    return HttpResponse("ok")


urlpatterns = [path("sqli_0025/", sqli_0025)]
