# label: redirect safe CWE-601
# redirect_0019: source django, bar direct

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme


def redirect_0019(request):
    param = request.GET.get("q", "")
    bar = param
    target = bar if url_has_allowed_host_and_scheme(bar, allowed_hosts={"example.com"}) else "/"
    return HttpResponseRedirect(target)


urlpatterns = [path("redirect_0019/", redirect_0019)]
