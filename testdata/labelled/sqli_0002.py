# label: sqli vulnerable CWE-89
# sqli_0002: source flask, bar b64

import base64
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0002", methods=["GET", "POST"])
def sqli_0002():
    param = request.form.get("comment", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()  # want: T89
    return "ok"
