# label: redirect vulnerable CWE-601
# redirect_0008: source django, bar del_index

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path


def redirect_0008(request):
    param = request.GET.get("q", "")
    items = ["safe", param]
    del items[0]
    bar = items[0]
    return HttpResponseRedirect(bar)  # want: T601


urlpatterns = [path("redirect_0008/", redirect_0008)]
