# label: redirect safe CWE-601
# redirect_0010: source django, bar list_pop_safe

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path


def redirect_0010(request):
    param = request.GET.get("q", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[1]
    return HttpResponseRedirect(bar)


urlpatterns = [path("redirect_0010/", redirect_0010)]
