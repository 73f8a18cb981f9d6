# label: sqli vulnerable CWE-89
# sqli_0009: source fastapi, bar method

import sqlite3
from fastapi import FastAPI

app = FastAPI()


class Thing:
    def do_something(self, value):
        return value


@app.get("/sqli_0009")
def sqli_0009(q: str = ""):
    param = q
    thing = Thing()
    bar = thing.do_something(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)  # want: T89
    rows = cur.fetchall()
    return {"status": "ok"}
