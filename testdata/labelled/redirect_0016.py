# label: redirect safe CWE-601
# redirect_0016: source django, bar alnum

from django.http import HttpResponse
from django.urls import path


def redirect_0016(request):
    param = request.GET.get("q", "")
    if not param.isalnum():
        return HttpResponse("bad request", status=400)
    bar = param
    resp = HttpResponse(status=302)
    resp["Location"] = bar
    return resp


urlpatterns = [path("redirect_0016/", redirect_0016)]
