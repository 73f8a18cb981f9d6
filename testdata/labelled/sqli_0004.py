# label: sqli vulnerable CWE-89
# sqli_0004: source flask, bar list_pop

import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0004", methods=["GET", "POST"])
def sqli_0004():
    param = request.cookies.get("preference", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)  # want: T89
    rows = cur.fetchall()
    return "ok"
