# label: ldapi safe CWE-90
# ldapi_0012: source django, bar list_remove

import ldap3
from django.http import HttpResponse
from django.urls import path


def ldapi_0012(request):
    param = request.GET.get("q", "")
    items = [param, "safe"]
    items.remove(param)
    bar = items[0]
    server = ldap3.Server("ldap://ldap.example.com")
    conn = ldap3.Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + bar + "))"
    conn.search("dc=example,dc=com", search_filter)
    return HttpResponse("ok")


urlpatterns = [path("ldapi_0012/", ldapi_0012)]
