# label: sqli vulnerable CWE-89
# sqli_0018: source django-cbv, bar selfattr

import sqlite3
from django.http import HttpResponse
from django.urls import path
from django.views import View


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


class Sqli0018View(View):
    def get(self, request):
        param = request.GET.get("term", "")
        holder = Holder(param)
        bar = holder.get()
        conn = sqlite3.connect("app.db")
        rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()  # want: T89
        return HttpResponse("ok")


urlpatterns = [path("sqli_0018/", Sqli0018View.as_view())]
