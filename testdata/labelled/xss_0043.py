# label: xss safe CWE-79
# xss_0043: source django, bar b64

import base64
from django.http import HttpResponse
from django.urls import path
from django.utils.html import format_html


def xss_0043(request):
    param = request.GET.get("q", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    return HttpResponse(format_html("<b>{}</b>", bar))


urlpatterns = [path("xss_0043/", xss_0043)]
