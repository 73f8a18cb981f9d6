# label: sqli vulnerable CWE-89
# sqli_0018: source django, bar selfattr

import sqlite3
from django.http import HttpResponse
from django.urls import path


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


def sqli_0018(request):
    param = request.POST.get("comment", "")
    holder = Holder(param)
    bar = holder.get()
    conn = sqlite3.connect("app.db")
    conn.executescript("INSERT INTO audit (entry) VALUES ('" + bar + "');")  # want: T89
    return HttpResponse("ok")


urlpatterns = [path("sqli_0018/", sqli_0018)]
