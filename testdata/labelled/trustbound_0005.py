# label: trustbound vulnerable CWE-501
# trustbound_0005: source django, bar dict

from django.http import HttpResponse
from django.urls import path


def trustbound_0005(request):
    param = request.GET.get("q", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    request.session["user_ref"] = bar  # want: T501
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0005/", trustbound_0005)]
