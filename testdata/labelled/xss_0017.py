# label: xss vulnerable CWE-79
# xss_0017: source django, bar dict_update

from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


def xss_0017(request):
    param = request.GET.get("q", "")
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    return HttpResponse(mark_safe("<b>" + bar + "</b>"))  # want: T79


urlpatterns = [path("xss_0017/", xss_0017)]
