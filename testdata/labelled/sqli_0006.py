# label: sqli vulnerable CWE-89
# sqli_0006: source flask, bar ifstmt

import urllib.parse
from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


@app.route("/sqli_0006", methods=["GET", "POST"])
def sqli_0006():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))  # want: T89
    return "ok"
