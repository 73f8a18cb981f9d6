# label: trustbound safe CWE-501
# trustbound_0009: source django, bar dict_overwrite

from django.http import HttpResponse
from django.urls import path


def trustbound_0009(request):
    param = request.GET.get("q", "")
    values = {"keyB": param}
    values["keyB"] = "safe"
    bar = values["keyB"]
    request.session["user_ref"] = bar
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0009/", trustbound_0009)]
