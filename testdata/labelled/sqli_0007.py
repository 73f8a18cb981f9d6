# label: sqli vulnerable CWE-89
# sqli_0007: source django, bar match

from django.contrib.auth.models import User
from django.http import HttpResponse
from django.urls import path


def sqli_0007(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    guess = "ABC"
    switch_target = guess[2]
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case "C" | "D":
            bar = param
        case _:
            bar = "bob's your uncle"
    users = User.objects.raw("SELECT * FROM auth_user WHERE last_name = '%s'" % bar)  # want: T89
    count = len(list(users))
    return HttpResponse("ok")


urlpatterns = [path("sqli_0007/", sqli_0007)]
