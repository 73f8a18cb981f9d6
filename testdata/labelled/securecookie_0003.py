# label: securecookie vulnerable CWE-614
# securecookie_0003: source django, bar dict

from django.http import HttpResponse
from django.urls import path


def securecookie_0003(request):
    param = request.GET.get("q", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    resp = HttpResponse("ok")
    resp.set_cookie("remember", bar, httponly=True)  # want: K204
    return resp


urlpatterns = [path("securecookie_0003/", securecookie_0003)]
