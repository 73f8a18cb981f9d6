# label: sqli safe CWE-89
# sqli_0033: source django, bar allowlist

from django.db import connection
from django.http import HttpResponse
from django.urls import path


def sqli_0033(request):
    param = request.GET.get("q", "")
    if param not in ("asc", "desc", "latest"):
        return HttpResponse("bad request", status=400)
    bar = param
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM auth_user WHERE username = '{}'".format(bar))
    return HttpResponse("ok")


urlpatterns = [path("sqli_0033/", sqli_0033)]
