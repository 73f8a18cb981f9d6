# label: redirect vulnerable CWE-601
# redirect_0004: source django, bar list_pop

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path


def redirect_0004(request):
    param = request.GET.get("q", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    return HttpResponseRedirect(bar)  # want: T601


urlpatterns = [path("redirect_0004/", redirect_0004)]
