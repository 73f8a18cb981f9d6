# label: sqli safe CWE-89
# sqli_0038: source django-cbv, bar listappend

import os
import pymysql
from django.http import HttpResponse
from django.urls import path
from django.views import View


class Sqli0038View(View):
    def get(self, request):
        param = request.GET.get("term", "")
        items = ["safe"]
        items.append(param)
        bar = items[-1]
        conn = pymysql.connect(host="db", user="app", password=os.environ["DB_PASS"], database="shop")
        with conn.cursor() as cur:
            cur.execute("SELECT * FROM products WHERE category = %s", (bar,))
        return HttpResponse("ok")


urlpatterns = [path("sqli_0038/", Sqli0038View.as_view())]
