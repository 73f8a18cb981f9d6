# label: sqli safe CWE-89
# sqli_0022: source flask, bar ifstmt_safe

import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0022", methods=["GET", "POST"])
def sqli_0022():
    param = request.form.get("comment", "")
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()
    return "ok"
