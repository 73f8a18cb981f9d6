# label: sqli vulnerable CWE-89
# sqli_0012: source fastapi, bar loop

import os
import pymysql
from fastapi import Cookie
from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli_0012")
def sqli_0012(preference: str = Cookie("")):
    param = preference
    bar = ""
    for ch in param:
        bar += ch
    conn = pymysql.connect(host="db", user="app", password=os.environ["DB_PASS"], database="shop")
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM products WHERE category = '%s'" % bar)  # want: T89
    return {"status": "ok"}
