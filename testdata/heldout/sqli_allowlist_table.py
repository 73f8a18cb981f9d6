# label: sqli safe CWE-89
import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_TABLES = {"users", "orders", "products"}


@app.route("/count")
def count():
    table = request.args.get("table", "")
    if table not in ALLOWED_TABLES:
        abort(400)
    conn = sqlite3.connect("data.db")
    return {"n": conn.execute("SELECT count(*) FROM " + table).fetchone()[0]}
