# label: sqli safe CWE-89
# sqli_0016: source fastapi, bar ifexp_safe

import sqlite3
from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli_0016")
def sqli_0016(q: str = ""):
    param = q
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)
    rows = cur.fetchall()
    return {"status": "ok"}
