# label: ldapi vulnerable CWE-90
# ldapi_0006: source flask, bar ifstmt

import ldap3
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
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    server = ldap3.Server("ldap://ldap.example.com")
    conn = ldap3.Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + bar + "))"
    conn.search("dc=example,dc=com", search_filter)  # want: T90
    return "ok"
