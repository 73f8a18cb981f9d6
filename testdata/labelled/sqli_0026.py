# label: sqli safe CWE-89
# sqli_0026: source flask, bar direct

import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0026", methods=["GET", "POST"])
def sqli_0026():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM users WHERE name = ?", (bar,))
    rows = cur.fetchall()
    return "ok"
