# label: redirect vulnerable CWE-601
# redirect_0006: source django, bar dict_update

from django.http import HttpResponse
from django.urls import path


def redirect_0006(request):
    param = request.GET.get("q", "")
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    resp = HttpResponse(status=302)
    resp["Location"] = bar  # want: T601
    return resp


urlpatterns = [path("redirect_0006/", redirect_0006)]
