# label: trustbound safe CWE-501
# trustbound_0010: source django, bar list_pop_safe

from django.http import HttpResponse
from django.urls import path


def trustbound_0010(request):
    param = request.GET.get("q", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[1]
    request.session["user_ref"] = bar
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0010/", trustbound_0010)]
