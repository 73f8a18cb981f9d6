# label: sqli safe CWE-89
# sqli_0029: source fastapi, bar method_const

import sqlite3
from fastapi import FastAPI

app = FastAPI()


class Thing:
    def do_something(self, value):
        return "constant"


@app.get("/sqli_0029")
def sqli_0029(q: str = ""):
    param = q
    thing = Thing()
    bar = thing.do_something(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)
    rows = cur.fetchall()
    return {"status": "ok"}
