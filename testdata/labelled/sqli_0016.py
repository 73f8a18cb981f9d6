# label: sqli vulnerable CWE-89
# sqli_0016: source django, bar listappend

from django.contrib.auth.models import User
from django.http import HttpResponse
from django.urls import path


def sqli_0016(request):
    param = request.COOKIES.get("preference", "")
    items = ["safe"]
    items.append(param)
    bar = items[-1]
    users = User.objects.extra(where=["last_name = '" + bar + "'"])  # want: T89
    count = users.count()
    return HttpResponse("ok")


urlpatterns = [path("sqli_0016/", sqli_0016)]
