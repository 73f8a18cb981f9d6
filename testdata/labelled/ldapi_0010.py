# label: ldapi safe CWE-90
# ldapi_0010: source flask, bar dict_safe

import ldap3
from flask import Flask, request

app = Flask(__name__)


@app.route("/ldapi_0010", methods=["GET", "POST"])
def ldapi_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    server = ldap3.Server("ldap://ldap.example.com")
    conn = ldap3.Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + bar + "))"
    conn.search("dc=example,dc=com", search_filter)
    return "ok"
