# label: sqli safe CWE-89
# sqli_0019: source django, bar ifexp_safe

import sqlite3
from django.http import HttpResponse
from django.urls import path


def sqli_0019(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)
    rows = cur.fetchall()
    return HttpResponse("ok")


urlpatterns = [path("sqli_0019/", sqli_0019)]
