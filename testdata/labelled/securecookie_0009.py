# label: securecookie safe CWE-614
# securecookie_0009: source django, bar ifstmt

from django.http import HttpResponse
from django.urls import path


def securecookie_0009(request):
    param = request.GET.get("q", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    resp = HttpResponse("ok")
    resp.set_cookie("remember", bar, secure=True, httponly=True)
    return resp


urlpatterns = [path("securecookie_0009/", securecookie_0009)]
