# label: sqli safe CWE-89
# sqli_0041: source django, bar dict_update

from django.contrib.auth.models import User
from django.http import HttpResponse
from django.urls import path


def sqli_0041(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    count = User.objects.filter(last_name=bar).count()
    return HttpResponse("ok")


urlpatterns = [path("sqli_0041/", sqli_0041)]
