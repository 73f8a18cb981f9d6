# label: sqli vulnerable CWE-89
# sqli_0003: source flask, bar dict

from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


@app.route("/sqli_0003", methods=["GET", "POST"])
def sqli_0003():
    param = request.headers.get("X-Client-Ref", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))  # want: T89
    return "ok"
