# label: redirect vulnerable CWE-601
# redirect_0008: source django, bar dict_update

from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path


def redirect_0008(request):
    param = request.GET.get("q", "")
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    return HttpResponseRedirect(bar)  # want: T601


urlpatterns = [path("redirect_0008/", redirect_0008)]
