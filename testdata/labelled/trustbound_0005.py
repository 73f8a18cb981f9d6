# label: trustbound vulnerable CWE-501
# trustbound_0005: source django, bar varargs

from django.http import HttpResponse
from django.urls import path


def first(*args):
    return args[0]


def trustbound_0005(request):
    param = request.GET.get("q", "")
    bar = first(param)
    request.session["user_ref"] = bar  # want: T501
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0005/", trustbound_0005)]
