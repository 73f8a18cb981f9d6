# label: trustbound safe CWE-501
# trustbound_0012: source django, bar list_pop

from django.http import HttpResponse
from django.urls import path


def trustbound_0012(request):
    param = request.GET.get("q", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    request.session["visits"] = request.session.get("visits", 0) + 1
    found = bar in ("a", "b")
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0012/", trustbound_0012)]
