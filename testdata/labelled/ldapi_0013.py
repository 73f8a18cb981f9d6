# label: ldapi safe CWE-90
# ldapi_0013: source django, bar direct

import ldap3
from django.http import HttpResponse
from django.urls import path
from ldap3.utils.conv import escape_filter_chars


def ldapi_0013(request):
    param = request.POST.get("comment", "")
    bar = param
    server = ldap3.Server("ldap://ldap.example.com")
    conn = ldap3.Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + escape_filter_chars(bar) + "))"
    conn.search("dc=example,dc=com", search_filter)
    return HttpResponse("ok")


urlpatterns = [path("ldapi_0013/", ldapi_0013)]
