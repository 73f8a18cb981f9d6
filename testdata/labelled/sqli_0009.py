# label: sqli vulnerable CWE-89
# sqli_0009: source flask, bar method

from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/sqli_0009", methods=["GET", "POST"])
def sqli_0009():
    param = request.values.get("q", "")
    thing = Thing()
    bar = thing.do_something(param)
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))  # want: T89
    return "ok"
