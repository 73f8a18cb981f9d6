# label: sqli safe CWE-89
# sqli_0030: source django-cbv, bar intcast

import sqlite3
from django.http import HttpResponse
from django.urls import path
from django.views import View


class Sqli0030View(View):
    def get(self, request):
        param = request.GET.get("term", "")
        bar = str(int(param))
        conn = sqlite3.connect("app.db")
        rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()
        return HttpResponse("ok")


urlpatterns = [path("sqli_0030/", Sqli0030View.as_view())]
