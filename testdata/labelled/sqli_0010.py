# label: sqli vulnerable CWE-89
# sqli_0010: source flask, bar replace

import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0010", methods=["GET", "POST"])
def sqli_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = param.replace("\t", " ")
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)  # want: T89
    rows = cur.fetchall()
    return "ok"
