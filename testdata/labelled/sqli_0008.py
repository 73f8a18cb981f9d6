# label: sqli vulnerable CWE-89
# sqli_0008: source flask, bar helper

import sqlite3
from flask import Flask, request

app = Flask(__name__)


def do_something(value):
    value = value.strip()
    return value


@app.route("/sqli_0008/<name>")
def sqli_0008(name):
    param = name
    bar = do_something(param)
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()  # want: T89
    return "ok"
