# label: sqli safe CWE-89
# sqli_0037: source fastapi, bar splitjoin

import sqlite3
from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli_0037")
def sqli_0037(q: str = ""):
    param = q
    bar = " ".join(param.split(" "))
    conn = sqlite3.connect("app.db")
    conn.execute("INSERT INTO notes (body) VALUES (?)", [bar])
    conn.commit()
    return {"status": "ok"}
