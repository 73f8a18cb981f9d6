# label: sqli vulnerable CWE-89
# sqli_0004: source flask, bar list_pop

import os
import pymysql
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0004", methods=["GET", "POST"])
def sqli_0004():
    param = request.cookies.get("preference", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    conn = pymysql.connect(host="db", user="app", password=os.environ["DB_PASS"], database="shop")
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM products WHERE category = '%s'" % bar)  # want: T89
    return "ok"
