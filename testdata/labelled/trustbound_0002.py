# label: trustbound vulnerable CWE-501
# trustbound_0002: source django, bar b64

import base64
from django.http import HttpResponse
from django.urls import path


def trustbound_0002(request):
    param = request.GET.get("q", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    request.session["user_ref"] = bar  # want: T501
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0002/", trustbound_0002)]
