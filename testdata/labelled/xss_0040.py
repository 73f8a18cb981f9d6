# label: xss safe CWE-79
# xss_0040: source django, bar kwargs

from django.http import HttpResponse
from django.urls import path
from django.utils.html import format_html


def build(**kwargs):
    return kwargs["value"]


def xss_0040(request):
    param = request.GET.get("q", "")
    bar = build(value=param)
    return HttpResponse(format_html("<b>{}</b>", bar))


urlpatterns = [path("xss_0040/", xss_0040)]
