# label: sqli vulnerable CWE-89
# sqli_0005: source flask, bar ifexp

import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0005", methods=["GET", "POST"])
def sqli_0005():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()  # want: T89
    return "ok"
