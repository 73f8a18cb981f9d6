# label: trustbound safe CWE-501
# trustbound_0009: source django, bar deque_safe

import collections
from django.http import HttpResponse
from django.urls import path


def trustbound_0009(request):
    param = request.GET.get("q", "")
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.pop()
    bar = queue[0]
    request.session["user_ref"] = bar
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0009/", trustbound_0009)]
