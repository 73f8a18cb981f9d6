# label: sqli vulnerable CWE-89
# sqli_0007: source flask, bar match

import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0007", methods=["GET", "POST"])
def sqli_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    guess = "ABC"
    switch_target = guess[2]
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case "C" | "D":
            bar = param
        case _:
            bar = "bob's your uncle"
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)  # want: T89
    rows = cur.fetchall()
    return "ok"
