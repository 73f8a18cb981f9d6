# label: ldapi vulnerable CWE-90
# ldapi_0002: source flask, bar template

import ldap
import string
from flask import Flask, request

app = Flask(__name__)


@app.route("/ldapi_0002", methods=["GET", "POST"])
def ldapi_0002():
    param = request.form.get("comment", "")
    bar = string.Template("$v").substitute(v=param)
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % bar)  # want: T90
    return "ok"
