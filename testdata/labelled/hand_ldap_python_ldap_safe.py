# label: ldapi safe CWE-90
# hand-written: both parts escaped with python-ldap's helpers
import ldap
import ldap.dn
import ldap.filter
from flask import Flask, request

app = Flask(__name__)


@app.route("/normal")
def normal():
    dc = ldap.dn.escape_dn_chars(request.args["dc"])
    username = ldap.filter.escape_filter_chars(request.args["username"])
    conn = ldap.initialize("ldap://127.0.0.1")
    user = conn.search_s("dc={}".format(dc), ldap.SCOPE_SUBTREE, "(user={})".format(username))
    return str(user)
