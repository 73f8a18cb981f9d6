# label: sqli safe CWE-89
# sqli_0030: source django, bar unpack_safe

import sqlite3
from django.http import HttpResponse
from django.urls import path


def sqli_0030(request):
    param = request.POST.get("comment", "")
    bar, other = "safe", param
    conn = sqlite3.connect("app.db")
    conn.executescript("INSERT INTO audit (entry) VALUES ('" + bar + "');")
    return HttpResponse("ok")


urlpatterns = [path("sqli_0030/", sqli_0030)]
