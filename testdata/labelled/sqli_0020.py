# label: sqli safe CWE-89
# sqli_0020: source flask, bar list_remove

import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0020", methods=["GET", "POST"])
def sqli_0020():
    param = request.args.get("name", "")
    items = [param, "safe"]
    items.remove(param)
    bar = items[0]
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()
    return "ok"
