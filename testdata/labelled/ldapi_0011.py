# label: ldapi safe CWE-90
# ldapi_0011: source flask, bar float

import ldap3
from flask import Flask, request

app = Flask(__name__)


@app.route("/ldapi_0011/<path:rest>")
def ldapi_0011(rest):
    param = request.path.split("/", 2)[2]
    bar = str(float(param))
    server = ldap3.Server("ldap://ldap.example.com")
    conn = ldap3.Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + bar + "))"
    conn.search("dc=example,dc=com", search_filter)
    return "ok"
