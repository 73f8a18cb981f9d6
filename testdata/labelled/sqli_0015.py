# label: sqli vulnerable CWE-89
# sqli_0015: source django, bar closure

from django.contrib.auth.models import User
from django.http import HttpResponse
from django.urls import path


def sqli_0015(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    def inner():
        return param
    bar = inner()
    users = User.objects.raw("SELECT * FROM auth_user WHERE last_name = '%s'" % bar)  # want: T89
    count = len(list(users))
    return HttpResponse("ok")


urlpatterns = [path("sqli_0015/", sqli_0015)]
