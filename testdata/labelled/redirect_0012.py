# label: redirect safe CWE-601
# redirect_0012: source django, bar unpack_safe

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path


def redirect_0012(request):
    param = request.GET.get("q", "")
    bar, other = "safe", param
    return HttpResponseRedirect(bar)


urlpatterns = [path("redirect_0012/", redirect_0012)]
