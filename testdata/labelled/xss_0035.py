# label: xss safe CWE-79
# xss_0035: source django, bar dict_overwrite

from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


def xss_0035(request):
    param = request.GET.get("q", "")
    values = {"keyB": param}
    values["keyB"] = "safe"
    bar = values["keyB"]
    return HttpResponse(mark_safe("<b>" + bar + "</b>"))


urlpatterns = [path("xss_0035/", xss_0035)]
