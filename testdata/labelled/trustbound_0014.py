# label: trustbound safe CWE-501
# trustbound_0014: source django, bar static

from django.http import HttpResponse
from django.urls import path


class Util:
    @staticmethod
    def passthrough(value):
        return value


def trustbound_0014(request):
    param = request.GET.get("q", "")
    bar = Util.passthrough(param)
    request.session["visits"] = request.session.get("visits", 0) + 1
    found = bar in ("a", "b")
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0014/", trustbound_0014)]
