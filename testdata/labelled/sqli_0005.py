# label: sqli vulnerable CWE-89
# sqli_0005: source django, bar ifexp

from django.db import connection
from django.http import HttpResponse
from django.urls import path


def sqli_0005(request):
    param = request.GET.get("q", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM auth_user WHERE username = '{}'".format(bar))  # want: T89
    return HttpResponse("ok")


urlpatterns = [path("sqli_0005/", sqli_0005)]
