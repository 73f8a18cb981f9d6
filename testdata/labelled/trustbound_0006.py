# label: trustbound vulnerable CWE-501
# trustbound_0006: source django, bar ifstmt

from django.http import HttpResponse
from django.urls import path


def trustbound_0006(request):
    param = request.GET.get("q", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    request.session["user_ref"] = bar  # want: T501
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0006/", trustbound_0006)]
