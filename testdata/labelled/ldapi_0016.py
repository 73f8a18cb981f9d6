# label: ldapi safe CWE-90
# ldapi_0016: source fastapi, bar nested_call

import ldap
import ldap.filter
from fastapi import FastAPI

app = FastAPI()


def inner(value):
    return value.strip()


def outer(value):
    prefix = ""
    return prefix + inner(value)


@app.get("/ldapi_0016")
def ldapi_0016(q: str = ""):
    param = q
    bar = outer(param)
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % ldap.filter.escape_filter_chars(bar))
    return {"status": "ok"}
