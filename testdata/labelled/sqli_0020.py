# label: sqli safe CWE-89
# sqli_0020: source django, bar ifstmt_safe

import sqlite3
from django.http import HttpResponse
from django.urls import path


def sqli_0020(request):
    param = request.COOKIES.get("preference", "")
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()
    return HttpResponse("ok")


urlpatterns = [path("sqli_0020/", sqli_0020)]
