# label: ldapi safe CWE-90
# ldapi_0010: source flask, bar func_const_cond

import ldap
from flask import Flask, request

app = Flask(__name__)


def choose(value):
    num = 106
    return "This_should_always_happen" if (7 * 18) + num > 200 else value


@app.route("/ldapi_0010", methods=["GET", "POST"])
def ldapi_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = choose(param)
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % bar)
    return "ok"
