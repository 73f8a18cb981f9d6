# label: ldapi vulnerable CWE-90
# ldapi_0005: source flask, bar html_escape

import html
import ldap3
from flask import Flask, request

app = Flask(__name__)


@app.route("/ldapi_0005", methods=["GET", "POST"])
def ldapi_0005():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    bar = html.escape(param)
    server = ldap3.Server("ldap://ldap.example.com")
    conn = ldap3.Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + bar + "))"
    conn.search("dc=example,dc=com", search_filter)  # want: T90
    return "ok"
