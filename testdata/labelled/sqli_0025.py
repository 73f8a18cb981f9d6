# label: sqli safe CWE-89
# sqli_0025: source flask, bar intcast

import sqlite3
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


@app.route("/sqli_0025", methods=["GET", "POST"])
def sqli_0025():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    bar = str(int(param))
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)
    rows = cur.fetchall()
    return "ok"
