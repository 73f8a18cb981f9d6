# label: sqli vulnerable CWE-89
# sqli_0017: source fastapi, bar overwrite_late

import sqlite3
from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli_0017")
def sqli_0017(q: str = ""):
    param = q
    bar = "constant"
    if param:
        bar = param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)  # want: T89
    rows = cur.fetchall()
    return {"status": "ok"}
