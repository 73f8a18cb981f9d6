# label: ldapi vulnerable CWE-90
# hand-written: python-ldap filter and base built with format()
import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/normal")
def normal():
    dc = request.args["dc"]
    username = request.args["username"]
    search_filter = "(user={})".format(username)
    conn = ldap.initialize("ldap://127.0.0.1")
    user = conn.search_s("dc={}".format(dc), ldap.SCOPE_SUBTREE, search_filter)  # want: T90
    return str(user)
