# label: xss safe CWE-79
# xss_0035: source django, bar deque_safe

import collections
from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


def xss_0035(request):
    param = request.GET.get("q", "")
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.pop()
    bar = queue[0]
    return HttpResponse(mark_safe("<b>" + bar + "</b>"))


urlpatterns = [path("xss_0035/", xss_0035)]
