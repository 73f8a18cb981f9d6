# label: sqli safe CWE-89
# sqli_0036: source django, bar static

import sqlite3
from django.http import HttpResponse
from django.urls import path


class Util:
    @staticmethod
    def passthrough(value):
        return value


def sqli_0036(request):
    param = request.POST.get("comment", "")
    bar = Util.passthrough(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM users WHERE name = ?", (bar,))
    rows = cur.fetchall()
    return HttpResponse("ok")


urlpatterns = [path("sqli_0036/", sqli_0036)]
