# label: ldapi safe CWE-90
# ldapi_0012: source django, bar uuid

import ldap
import uuid
from django.http import HttpResponse
from django.urls import path


def ldapi_0012(request):
    param = request.GET.get("q", "")
    bar = str(uuid.UUID(param))
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % bar)
    return HttpResponse("ok")


urlpatterns = [path("ldapi_0012/", ldapi_0012)]
