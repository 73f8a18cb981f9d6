# label: ldapi safe CWE-90
# ldapi_0016: source fastapi, bar varargs

import ldap
import ldap.filter
from fastapi import FastAPI

app = FastAPI()


def first(*args):
    return args[0]


@app.get("/ldapi_0016")
def ldapi_0016(q: str = ""):
    param = q
    bar = first(param)
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % ldap.filter.escape_filter_chars(bar))
    return {"status": "ok"}
