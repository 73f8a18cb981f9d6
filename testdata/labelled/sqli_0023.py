# label: sqli safe CWE-89
# sqli_0023: source flask, bar helper_const

import sqlite3
from flask import Flask, request

app = Flask(__name__)


def do_something(value):
    return "safe!"


@app.route("/sqli_0023", methods=["GET", "POST"])
def sqli_0023():
    param = request.cookies.get("preference", "")
    bar = do_something(param)
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()
    return "ok"
