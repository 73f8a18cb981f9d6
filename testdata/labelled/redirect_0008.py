# label: redirect vulnerable CWE-601
# redirect_0008: source django, bar recursion

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


def redirect_0008(request):
    param = request.GET.get("q", "")
    bar = unwrap(param, 3)
    return HttpResponseRedirect(bar)  # want: T601


urlpatterns = [path("redirect_0008/", redirect_0008)]
