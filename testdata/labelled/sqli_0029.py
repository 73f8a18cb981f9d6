# label: sqli safe CWE-89
# sqli_0029: source django, bar dictset_safe

from django.db import connection
from django.http import HttpResponse
from django.urls import path


def sqli_0029(request):
    param = request.GET.get("q", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyA")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM auth_user WHERE username = '{}'".format(bar))
    return HttpResponse("ok")


urlpatterns = [path("sqli_0029/", sqli_0029)]
