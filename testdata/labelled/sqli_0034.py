# label: sqli safe CWE-89
# sqli_0034: source django, bar alnum

import sqlite3
from django.http import HttpResponse
from django.urls import path


def sqli_0034(request):
    param = request.POST.get("comment", "")
    if not param.isalnum():
        return HttpResponse("bad request", status=400)
    bar = param
    conn = sqlite3.connect("app.db")
    conn.executescript("INSERT INTO audit (entry) VALUES ('" + bar + "');")
    return HttpResponse("ok")


urlpatterns = [path("sqli_0034/", sqli_0034)]
