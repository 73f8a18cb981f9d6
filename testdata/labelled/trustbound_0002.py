# label: trustbound vulnerable CWE-501
# trustbound_0002: source django, bar recursion

from django.http import HttpResponse
from django.urls import path


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


def trustbound_0002(request):
    param = request.GET.get("q", "")
    bar = unwrap(param, 3)
    request.session["user_ref"] = bar  # want: T501
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0002/", trustbound_0002)]
