# label: redirect safe CWE-601
# redirect_0012: source django, bar helper_const

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path


def do_something(value):
    return "safe!"


def redirect_0012(request):
    param = request.GET.get("q", "")
    bar = do_something(param)
    return HttpResponseRedirect(bar)


urlpatterns = [path("redirect_0012/", redirect_0012)]
