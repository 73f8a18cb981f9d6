# label: ldapi vulnerable CWE-90
# ldapi_0001: source flask, bar while

import ldap3
from flask import Flask, request

app = Flask(__name__)


@app.route("/ldapi_0001", methods=["GET", "POST"])
def ldapi_0001():
    param = request.args.get("name", "")
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    server = ldap3.Server("ldap://ldap.example.com")
    conn = ldap3.Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + bar + "))"
    conn.search("dc=example,dc=com", search_filter)  # want: T90
    return "ok"
