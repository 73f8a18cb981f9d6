# label: ldapi vulnerable CWE-90
# ldapi_0002: source flask, bar varargs

import ldap
from flask import Flask, request

app = Flask(__name__)


def first(*args):
    return args[0]


@app.route("/ldapi_0002", methods=["GET", "POST"])
def ldapi_0002():
    param = request.form.get("comment", "")
    bar = first(param)
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % bar)  # want: T90
    return "ok"
