# label: sqli safe CWE-89
# sqli_0028: source django, bar helper_const

from django.contrib.auth.models import User
from django.http import HttpResponse
from django.urls import path


def do_something(value):
    return "safe!"


def sqli_0028(request):
    param = request.COOKIES.get("preference", "")
    bar = do_something(param)
    users = User.objects.extra(where=["last_name = '" + bar + "'"])
    count = users.count()
    return HttpResponse("ok")


urlpatterns = [path("sqli_0028/", sqli_0028)]
