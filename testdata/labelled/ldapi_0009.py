# label: ldapi safe CWE-90
# ldapi_0009: source flask, bar func_const_cond

import ldap3
from flask import Flask, request

app = Flask(__name__)


def choose(value):
    num = 106
    return "This_should_always_happen" if (7 * 18) + num > 200 else value


@app.route("/ldapi_0009", methods=["GET", "POST"])
def ldapi_0009():
    param = request.values.get("q", "")
    bar = choose(param)
    server = ldap3.Server("ldap://ldap.example.com")
    conn = ldap3.Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + bar + "))"
    conn.search("dc=example,dc=com", search_filter)
    return "ok"
