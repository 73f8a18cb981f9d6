# label: sqli safe CWE-89
# sqli_0026: source django, bar helper_const

import sqlite3
from django.http import HttpResponse
from django.urls import path


def do_something(value):
    return "safe!"


def sqli_0026(request):
    param = request.COOKIES.get("preference", "")
    bar = do_something(param)
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()
    return HttpResponse("ok")


urlpatterns = [path("sqli_0026/", sqli_0026)]
