# label: ldapi safe CWE-90
# ldapi_0008: source flask, bar ifexp_safe

import ldap3
from flask import Flask, request

app = Flask(__name__)


@app.route("/ldapi_0008/<name>")
def ldapi_0008(name):
    param = name
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    server = ldap3.Server("ldap://ldap.example.com")
    conn = ldap3.Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + bar + "))"
    conn.search("dc=example,dc=com", search_filter)
    return "ok"
