# label: ldap safe CWE-90
import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


@app.route("/lookup")
def lookup():
    uid = escape_filter_chars(request.args.get("uid", ""))
    conn = ldap.initialize("ldap://ldap.example.com")
    res = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    return {"n": len(res)}
