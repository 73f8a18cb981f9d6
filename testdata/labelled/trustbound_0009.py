# label: trustbound safe CWE-501
# trustbound_0009: source django, bar setitem_safe

from django.http import HttpResponse
from django.urls import path


def trustbound_0009(request):
    param = request.GET.get("q", "")
    items = ["a", param]
    items[1] = "safe"
    bar = items[1]
    request.session["user_ref"] = bar
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0009/", trustbound_0009)]
