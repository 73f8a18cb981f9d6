# label: trustbound vulnerable CWE-501
# trustbound_0004: source django, bar list_pop

from django.http import HttpResponse
from django.urls import path


def trustbound_0004(request):
    param = request.GET.get("q", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    request.session["user_ref"] = bar  # want: T501
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0004/", trustbound_0004)]
