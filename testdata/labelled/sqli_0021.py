# label: sqli safe CWE-89
# sqli_0021: source flask, bar ifexp_safe

import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0021", methods=["GET", "POST"])
def sqli_0021():
    param = request.args.get("name", "")
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)
    rows = cur.fetchall()
    return "ok"
