# label: redirect vulnerable CWE-601
# redirect_0006: source django, bar ifstmt

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path


def redirect_0006(request):
    param = request.GET.get("q", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    return HttpResponseRedirect(bar)  # want: T601


urlpatterns = [path("redirect_0006/", redirect_0006)]
