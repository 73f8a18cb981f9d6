# label: sqli vulnerable CWE-89
# sqli_0008: source django, bar helper

import sqlite3
from django.http import HttpResponse
from django.urls import path


def do_something(value):
    value = value.strip()
    return value


def sqli_0008(request):
    param = request.COOKIES.get("preference", "")
    bar = do_something(param)
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()  # want: T89
    return HttpResponse("ok")


urlpatterns = [path("sqli_0008/", sqli_0008)]
