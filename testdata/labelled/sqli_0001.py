# label: sqli vulnerable CWE-89
# sqli_0001: source flask, bar direct

import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0001", methods=["GET", "POST"])
def sqli_0001():
    param = request.args.get("name", "")
    bar = param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)  # want: T89
    rows = cur.fetchall()
    return "ok"
