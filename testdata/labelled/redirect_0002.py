# label: redirect vulnerable CWE-601
# redirect_0002: source django, bar comprehension

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path


def redirect_0002(request):
    param = request.GET.get("q", "")
    bar = "".join([ch for ch in param])
    return HttpResponseRedirect(bar)  # want: T601


urlpatterns = [path("redirect_0002/", redirect_0002)]
