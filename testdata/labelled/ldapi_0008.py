# label: ldapi vulnerable CWE-90
# ldapi_0008: source flask, bar first_word

import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/ldapi_0008/<path:name>")
def ldapi_0008(name):
    param = name
    bar = param.split(" ")[0]
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % bar)  # want: T90
    return "ok"
