# label: sqli vulnerable CWE-89
# sqli_0011: source django, bar splitjoin

from django.db import connection
from django.http import HttpResponse
from django.urls import path


def sqli_0011(request):
    param = request.GET.get("q", "")
    bar = " ".join(param.split(" "))
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM auth_user WHERE username = '{}'".format(bar))  # want: T89
    return HttpResponse("ok")


urlpatterns = [path("sqli_0011/", sqli_0011)]
