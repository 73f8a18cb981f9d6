# label: sqli safe CWE-89
# sqli_0024: source flask, bar method_const

from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return "constant"


@app.route("/sqli_0024", methods=["GET", "POST"])
def sqli_0024():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    thing = Thing()
    bar = thing.do_something(param)
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))
    return "ok"
