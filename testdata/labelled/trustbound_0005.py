# label: trustbound vulnerable CWE-501
# trustbound_0005: source django, bar while

from django.http import HttpResponse
from django.urls import path


def trustbound_0005(request):
    param = request.GET.get("q", "")
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    request.session["user_ref"] = bar  # want: T501
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0005/", trustbound_0005)]
