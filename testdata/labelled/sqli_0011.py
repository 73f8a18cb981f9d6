# label: sqli vulnerable CWE-89
# sqli_0011: source flask, bar splitjoin

import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0011", methods=["GET", "POST"])
def sqli_0011():
    param = request.path.rsplit("/", 1)[-1]
    bar = " ".join(param.split(" "))
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()  # want: T89
    return "ok"
