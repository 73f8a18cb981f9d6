# label: sqli safe CWE-89
# sqli_0028: source flask, bar match

import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0028", methods=["GET", "POST"])
def sqli_0028():
    param = request.values.get("q", "")
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
    conn.execute("INSERT INTO notes (body) VALUES (?)", [bar])
    conn.commit()
    return "ok"
