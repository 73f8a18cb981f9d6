# label: redirect vulnerable CWE-601
# redirect_0006: source django, bar del_index

from django.http import HttpResponse
from django.urls import path


def redirect_0006(request):
    param = request.GET.get("q", "")
    items = ["safe", param]
    del items[0]
    bar = items[0]
    resp = HttpResponse(status=302)
    resp["Location"] = bar  # want: T601
    return resp


urlpatterns = [path("redirect_0006/", redirect_0006)]
