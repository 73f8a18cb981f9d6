# label: sqli safe CWE-89
# sqli_0022: source flask, bar overwrite

import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0022", methods=["GET", "POST"])
def sqli_0022():
    param = request.headers.get("X-Client-Ref", "")
    bar = param
    bar = "constant_value"
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)
    rows = cur.fetchall()
    return "ok"
