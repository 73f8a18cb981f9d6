# label: redirect safe CWE-601
# redirect_0012: source django, bar list_pop

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme


def redirect_0012(request):
    param = request.GET.get("q", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    target = bar if url_has_allowed_host_and_scheme(bar, allowed_hosts={"example.com"}) else "/"
    return HttpResponseRedirect(target)


urlpatterns = [path("redirect_0012/", redirect_0012)]
