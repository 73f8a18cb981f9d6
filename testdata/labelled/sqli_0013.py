# label: sqli vulnerable CWE-89
# sqli_0013: source django, bar dictset

from django.db import connection
from django.http import HttpResponse
from django.urls import path


def sqli_0013(request):
    param = request.GET.get("q", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM auth_user WHERE username = '{}'".format(bar))  # want: T89
    return HttpResponse("ok")


urlpatterns = [path("sqli_0013/", sqli_0013)]
