# label: sqli vulnerable CWE-89
# sqli_0013: source django, bar dictset

import sqlite3
from django.http import HttpResponse
from django.urls import path


def sqli_0013(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)  # want: T89
    rows = cur.fetchall()
    return HttpResponse("ok")


urlpatterns = [path("sqli_0013/", sqli_0013)]
