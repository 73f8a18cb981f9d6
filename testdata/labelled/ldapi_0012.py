# label: ldapi safe CWE-90
# ldapi_0012: source django, bar func_const_cond

import ldap
from django.http import HttpResponse
from django.urls import path


def choose(value):
    num = 106
    return "This_should_always_happen" if (7 * 18) + num > 200 else value


def ldapi_0012(request):
    param = request.GET.get("q", "")
    bar = choose(param)
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % bar)
    return HttpResponse("ok")


urlpatterns = [path("ldapi_0012/", ldapi_0012)]
