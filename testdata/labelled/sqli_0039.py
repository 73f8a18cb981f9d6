# label: sqli safe CWE-89
# sqli_0039: source django, bar fstring

from django.db import connection
from django.http import HttpResponse
from django.urls import path


def sqli_0039(request):
    param = request.GET.get("q", "")
    bar = f"{param}"
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM auth_user WHERE username = %s", [bar])
    return HttpResponse("ok")


urlpatterns = [path("sqli_0039/", sqli_0039)]
