# label: sqli safe CWE-89
# sqli_0032: source fastapi, bar unpack_safe

import os
import pymysql
from fastapi import Cookie
from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli_0032")
def sqli_0032(preference: str = Cookie("")):
    param = preference
    bar, other = "safe", param
    conn = pymysql.connect(host="db", user="app", password=os.environ["DB_PASS"], database="shop")
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM products WHERE category = '%s'" % bar)
    return {"status": "ok"}
