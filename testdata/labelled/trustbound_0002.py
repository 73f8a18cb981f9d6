# label: trustbound vulnerable CWE-501
# trustbound_0002: source django, bar kwargs

from django.http import HttpResponse
from django.urls import path


def build(**kwargs):
    return kwargs["value"]


def trustbound_0002(request):
    param = request.GET.get("q", "")
    bar = build(value=param)
    request.session["user_ref"] = bar  # want: T501
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0002/", trustbound_0002)]
