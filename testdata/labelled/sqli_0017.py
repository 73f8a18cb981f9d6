# label: sqli vulnerable CWE-89
# sqli_0017: source django, bar overwrite_late

from django.db import connection
from django.http import HttpResponse
from django.urls import path


def sqli_0017(request):
    param = request.GET.get("q", "")
    bar = "constant"
    if param:
        bar = param
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM auth_user WHERE username = '{}'".format(bar))  # want: T89
    return HttpResponse("ok")


urlpatterns = [path("sqli_0017/", sqli_0017)]
