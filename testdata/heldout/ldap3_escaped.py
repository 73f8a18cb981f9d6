# label: ldap safe CWE-90
from django.http import JsonResponse
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars


def find_user(request):
    mail = escape_filter_chars(request.GET["mail"])
    conn = Connection(Server("ldap.example.com"), auto_bind=True)
    conn.search("dc=example,dc=com", f"(mail={mail})")
    return JsonResponse({"found": len(conn.entries)})
