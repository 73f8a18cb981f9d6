# label: ldapi vulnerable CWE-90
# ldapi_0007: source flask, bar bytes

import ldap3
from flask import Flask, request

app = Flask(__name__)


@app.route("/ldapi_0007", methods=["GET", "POST"])
def ldapi_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = bytes(param, "utf-8").decode("utf-8")
    server = ldap3.Server("ldap://ldap.example.com")
    conn = ldap3.Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + bar + "))"
    conn.search("dc=example,dc=com", search_filter)  # want: T90
    return "ok"
