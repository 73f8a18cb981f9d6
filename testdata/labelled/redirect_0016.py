# label: redirect safe CWE-601
# redirect_0016: source django, bar del_index_safe

from django.http import HttpResponse
from django.urls import path


def redirect_0016(request):
    param = request.GET.get("q", "")
    items = [param, "safe"]
    del items[0]
    bar = items[0]
    resp = HttpResponse(status=302)
    resp["Location"] = bar
    return resp


urlpatterns = [path("redirect_0016/", redirect_0016)]
