# label: ldapi safe CWE-90
# ldapi_0009: source flask, bar regex_guard

import ldap3
import re
from flask import Flask, request

app = Flask(__name__)


@app.route("/ldapi_0009", methods=["GET", "POST"])
def ldapi_0009():
    param = request.values.get("q", "")
    if not re.fullmatch(r"[A-Za-z0-9_]+", param):
        return "bad request", 400
    bar = param
    server = ldap3.Server("ldap://ldap.example.com")
    conn = ldap3.Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + bar + "))"
    conn.search("dc=example,dc=com", search_filter)
    return "ok"
