# label: redirect safe CWE-601
# redirect_0008: source django, bar ifstmt_safe

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path


def redirect_0008(request):
    param = request.GET.get("q", "")
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    return HttpResponseRedirect(bar)


urlpatterns = [path("redirect_0008/", redirect_0008)]
