# label: sqli safe CWE-89
# sqli_0029: source flask, bar replace

import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0029", methods=["GET", "POST"])
def sqli_0029():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = param.replace("\t", " ")
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM users WHERE name = ?", (bar,))
    rows = cur.fetchall()
    return "ok"
