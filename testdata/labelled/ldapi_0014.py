# label: ldapi safe CWE-90
# ldapi_0014: source django, bar digest

import hashlib
import ldap
from django.http import HttpResponse
from django.urls import path


def ldapi_0014(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    bar = hashlib.sha256(param.encode("utf-8")).hexdigest()
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % bar)
    return HttpResponse("ok")


urlpatterns = [path("ldapi_0014/", ldapi_0014)]
