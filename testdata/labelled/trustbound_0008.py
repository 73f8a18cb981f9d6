# label: trustbound safe CWE-501
# trustbound_0008: source django, bar ifstmt_safe

from django.http import HttpResponse
from django.urls import path


def trustbound_0008(request):
    param = request.GET.get("q", "")
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    request.session["user_ref"] = bar
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0008/", trustbound_0008)]
