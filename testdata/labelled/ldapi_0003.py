# label: ldapi vulnerable CWE-90
# ldapi_0003: source flask, bar template

import ldap3
import string
from flask import Flask, request

app = Flask(__name__)


@app.route("/ldapi_0003", methods=["GET", "POST"])
def ldapi_0003():
    param = request.headers.get("X-Client-Ref", "")
    bar = string.Template("$v").substitute(v=param)
    server = ldap3.Server("ldap://ldap.example.com")
    conn = ldap3.Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + bar + "))"
    conn.search("dc=example,dc=com", search_filter)  # want: T90
    return "ok"
