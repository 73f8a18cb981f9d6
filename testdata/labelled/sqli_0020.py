# label: sqli vulnerable CWE-89
# sqli_0020: source fastapi, bar percent

import os
import pymysql
from fastapi import Cookie
from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli_0020")
def sqli_0020(preference: str = Cookie("")):
    param = preference
    bar = "%s" % param
    conn = pymysql.connect(host="db", user="app", password=os.environ["DB_PASS"], database="shop")
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM products WHERE category = '%s'" % bar)  # want: T89
    return {"status": "ok"}
