# label: securecookie safe CWE-614
# securecookie_0007: source django, bar list_pop

from django.http import HttpResponse
from django.urls import path


def securecookie_0007(request):
    param = request.GET.get("q", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    resp = HttpResponse("ok")
    resp.set_cookie("remember", bar, secure=True, httponly=True)
    return resp


urlpatterns = [path("securecookie_0007/", securecookie_0007)]
