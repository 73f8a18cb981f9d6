# label: ldapi safe CWE-90
# ldapi_0015: source django, bar del_index

import ldap3
from django.http import HttpResponse
from django.urls import path
from ldap3.utils.conv import escape_filter_chars


def ldapi_0015(request):
    param = request.COOKIES.get("preference", "")
    items = ["safe", param]
    del items[0]
    bar = items[0]
    server = ldap3.Server("ldap://ldap.example.com")
    conn = ldap3.Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + escape_filter_chars(bar) + "))"
    conn.search("dc=example,dc=com", search_filter)
    return HttpResponse("ok")


urlpatterns = [path("ldapi_0015/", ldapi_0015)]
