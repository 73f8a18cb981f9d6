# label: ldapi safe CWE-90
# ldapi_0010: source flask, bar regex_sub

import ldap
import re
from flask import Flask, request

app = Flask(__name__)


@app.route("/ldapi_0010", methods=["GET", "POST"])
def ldapi_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = re.sub(r"[^A-Za-z0-9]", "", param)
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % bar)
    return "ok"
