# label: sqli safe CWE-89
# sqli_0040: source django, bar static

from django.contrib.auth.models import User
from django.http import HttpResponse
from django.urls import path


class Util:
    @staticmethod
    def passthrough(value):
        return value


def sqli_0040(request):
    param = request.POST.get("comment", "")
    bar = Util.passthrough(param)
    users = User.objects.raw("SELECT * FROM auth_user WHERE last_name = %s", [bar])
    count = len(list(users))
    return HttpResponse("ok")


urlpatterns = [path("sqli_0040/", sqli_0040)]
