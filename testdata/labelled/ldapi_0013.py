# label: ldapi safe CWE-90
# ldapi_0013: source django, bar length

import ldap3
from django.http import HttpResponse
from django.urls import path


def ldapi_0013(request):
    param = request.POST.get("comment", "")
    bar = str(len(param))
    server = ldap3.Server("ldap://ldap.example.com")
    conn = ldap3.Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + bar + "))"
    conn.search("dc=example,dc=com", search_filter)
    return HttpResponse("ok")


urlpatterns = [path("ldapi_0013/", ldapi_0013)]
