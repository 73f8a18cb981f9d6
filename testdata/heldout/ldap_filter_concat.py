# label: ldap vulnerable CWE-90
import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/lookup")
def lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldap://ldap.example.com")
    res = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")  # want: T90
    return {"n": len(res)}
