# label: sqli vulnerable CWE-89
# sqli_0010: source django-cbv, bar replace

import sqlite3
from django.http import HttpResponse
from django.urls import path
from django.views import View


class Sqli0010View(View):
    def get(self, request):
        param = request.GET.get("term", "")
        bar = param.replace("\t", " ")
        conn = sqlite3.connect("app.db")
        rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()  # want: T89
        return HttpResponse("ok")


urlpatterns = [path("sqli_0010/", Sqli0010View.as_view())]
