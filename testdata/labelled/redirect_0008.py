# label: redirect vulnerable CWE-601
# redirect_0008: source django, bar kwargs

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path


def build(**kwargs):
    return kwargs["value"]


def redirect_0008(request):
    param = request.POST.get("comment", "")
    bar = build(value=param)
    return HttpResponseRedirect(bar)  # want: T601


urlpatterns = [path("redirect_0008/", redirect_0008)]
