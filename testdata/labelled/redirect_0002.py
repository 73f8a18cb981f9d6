# label: redirect vulnerable CWE-601
# redirect_0002: source django, bar b64

import base64
from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import path


def redirect_0002(request):
    param = request.GET.get("q", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    return HttpResponseRedirect(bar)  # want: T601


urlpatterns = [path("redirect_0002/", redirect_0002)]
