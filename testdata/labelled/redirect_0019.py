# label: redirect safe CWE-601
# redirect_0019: source django, bar recursion

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


def redirect_0019(request):
    param = request.GET.get("q", "")
    bar = unwrap(param, 3)
    target = bar if url_has_allowed_host_and_scheme(bar, allowed_hosts={"example.com"}) else "/"
    return HttpResponseRedirect(target)


urlpatterns = [path("redirect_0019/", redirect_0019)]
