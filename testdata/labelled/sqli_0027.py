# label: sqli safe CWE-89
# sqli_0027: source django, bar overwrite

from django.contrib.auth.models import User
from django.http import HttpResponse
from django.urls import path


def sqli_0027(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = param
    bar = "constant_value"
    users = User.objects.raw("SELECT * FROM auth_user WHERE last_name = '%s'" % bar)
    count = len(list(users))
    return HttpResponse("ok")


urlpatterns = [path("sqli_0027/", sqli_0027)]
