# label: ldapi vulnerable CWE-90
# ldapi_0006: source flask, bar unquote

import ldap
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


@app.route("/ldapi_0006", methods=["GET", "POST"])
def ldapi_0006():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    bar = urllib.parse.unquote(param)
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % bar)  # want: T90
    return "ok"
