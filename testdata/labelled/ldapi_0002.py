# label: ldapi vulnerable CWE-90
# ldapi_0002: source flask, bar walrus

import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/ldapi_0002", methods=["GET", "POST"])
def ldapi_0002():
    param = request.form.get("comment", "")
    if (bar := param) is None:
        return "bad request", 400
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % bar)  # want: T90
    return "ok"
