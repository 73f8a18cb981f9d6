# label: xss safe CWE-79
# xss_0043: source django, bar template

import string
from django.http import HttpResponse
from django.urls import path
from django.utils.html import format_html


def xss_0043(request):
    param = request.GET.get("q", "")
    bar = string.Template("$v").substitute(v=param)
    return HttpResponse(format_html("<b>{}</b>", bar))


urlpatterns = [path("xss_0043/", xss_0043)]
