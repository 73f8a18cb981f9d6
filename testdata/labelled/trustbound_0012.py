# label: trustbound safe CWE-501
# trustbound_0012: source django, bar func_const_cond

from django.http import HttpResponse
from django.urls import path


def choose(value):
    num = 106
    return "This_should_always_happen" if (7 * 18) + num > 200 else value


def trustbound_0012(request):
    param = request.GET.get("q", "")
    bar = choose(param)
    request.session["user_ref"] = bar
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0012/", trustbound_0012)]
