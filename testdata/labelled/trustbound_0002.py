# label: trustbound vulnerable CWE-501
# trustbound_0002: source django, bar dict_update

from django.http import HttpResponse
from django.urls import path


def trustbound_0002(request):
    param = request.GET.get("q", "")
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    request.session["user_ref"] = bar  # want: T501
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0002/", trustbound_0002)]
