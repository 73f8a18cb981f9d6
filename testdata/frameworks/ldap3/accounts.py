"""Account lookups with ldap3."""
from fastapi import FastAPI
from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = FastAPI()
server = Server("ldap.example.com", get_info=ALL)


@app.get("/accounts")
def accounts(uid: str):
    conn = Connection(server, auto_bind=True)
    conn.search("dc=example,dc=com", f"(uid={uid})", attributes=["mail"])  # want: T90
    return {"entries": [str(e.mail) for e in conn.entries]}


@app.get("/accounts/safe")
def accounts_safe(uid: str):
    conn = Connection(server, auto_bind=True)
    conn.search("dc=example,dc=com", "(uid=%s)" % escape_filter_chars(uid), attributes=["mail"])
    return {"entries": [str(e.mail) for e in conn.entries]}
