# label: redirect safe CWE-601
# redirect_0016: source django, bar selfattr_const

from django.http import HttpResponse
from django.urls import path


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.kind


def redirect_0016(request):
    param = request.GET.get("q", "")
    holder = Holder(param)
    bar = holder.get()
    resp = HttpResponse(status=302)
    resp["Location"] = bar
    return resp


urlpatterns = [path("redirect_0016/", redirect_0016)]
