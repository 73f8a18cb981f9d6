# label: redirect safe CWE-601
# redirect_0016: source django, bar ifexp

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme


def redirect_0016(request):
    param = request.GET.get("q", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    target = bar if url_has_allowed_host_and_scheme(bar, allowed_hosts={"example.com"}) else "/"
    return HttpResponseRedirect(target)


urlpatterns = [path("redirect_0016/", redirect_0016)]
