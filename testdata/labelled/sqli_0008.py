# label: sqli vulnerable CWE-89
# sqli_0008: source django, bar helper

from django.contrib.auth.models import User
from django.http import HttpResponse
from django.urls import path


def do_something(value):
    value = value.strip()
    return value


def sqli_0008(request):
    param = request.COOKIES.get("preference", "")
    bar = do_something(param)
    users = User.objects.extra(where=["last_name = '" + bar + "'"])  # want: T89
    count = users.count()
    return HttpResponse("ok")


urlpatterns = [path("sqli_0008/", sqli_0008)]
