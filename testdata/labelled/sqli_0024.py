# label: sqli safe CWE-89
# sqli_0024: source flask, bar list_pop_safe

import os
import pymysql
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0024", methods=["GET", "POST"])
def sqli_0024():
    param = request.args.get("name", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[1]
    conn = pymysql.connect(host="db", user="app", password=os.environ["DB_PASS"], database="shop")
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM products WHERE category = '%s'" % bar)
    return "ok"
