# label: sqli safe CWE-89
# sqli_0025: source django, bar list_remove

from django.db import connection
from django.http import HttpResponse
from django.urls import path


def sqli_0025(request):
    param = request.GET.get("q", "")
    items = [param, "safe"]
    items.remove(param)
    bar = items[0]
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM auth_user WHERE username = '{}'".format(bar))
    return HttpResponse("ok")


urlpatterns = [path("sqli_0025/", sqli_0025)]
