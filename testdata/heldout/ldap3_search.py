# label: ldap vulnerable CWE-90
from django.http import JsonResponse
from ldap3 import Connection, Server


def find_user(request):
    mail = request.GET["mail"]
    conn = Connection(Server("ldap.example.com"), auto_bind=True)
    conn.search("dc=example,dc=com", f"(mail={mail})")  # want: T90
    return JsonResponse({"found": len(conn.entries)})
