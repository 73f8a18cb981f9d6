# label: trustbound safe CWE-501
# trustbound_0014: source django, bar dict_update

from django.http import HttpResponse
from django.urls import path


def trustbound_0014(request):
    param = request.GET.get("q", "")
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    request.session["visits"] = request.session.get("visits", 0) + 1
    found = bar in ("a", "b")
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0014/", trustbound_0014)]
