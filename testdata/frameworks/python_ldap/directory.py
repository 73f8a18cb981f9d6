"""Staff directory lookups with python-ldap."""
import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, jsonify, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


def connect():
    conn = ldap.initialize("ldap://ldap.example.com")
    conn.simple_bind_s("cn=reader,dc=example,dc=com", "reader-password-from-vault")
    return conn


@app.route("/people")
def people():
    name = request.args.get("name", "")
    conn = connect()
    found = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(cn=" + name + ")")  # want: T90
    return jsonify([dn for dn, _ in found])


@app.route("/people/safe")
def people_safe():
    name = request.args.get("name", "")
    conn = connect()
    found = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(cn=%s)" % escape_filter_chars(name))
    return jsonify([dn for dn, _ in found])


@app.route("/unit/<unit>")
def unit(unit):
    conn = connect()
    found = conn.search_s("ou=%s,dc=example,dc=com" % unit, ldap.SCOPE_ONELEVEL)  # want: T90
    return jsonify([dn for dn, _ in found])
