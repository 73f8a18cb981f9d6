# label: trustbound safe CWE-501
# trustbound_0009: source django, bar selfattr_const

from django.http import HttpResponse
from django.urls import path


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.kind


def trustbound_0009(request):
    param = request.GET.get("q", "")
    holder = Holder(param)
    bar = holder.get()
    request.session["user_ref"] = bar
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0009/", trustbound_0009)]
