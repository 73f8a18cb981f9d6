# label: ldapi vulnerable CWE-90
# ldapi_0004: source flask, bar varcond

import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/ldapi_0004", methods=["GET", "POST"])
def ldapi_0004():
    param = request.cookies.get("preference", "")
    bar = param if len(param) < 4096 else ""
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % bar)  # want: T90
    return "ok"
