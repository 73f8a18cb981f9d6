# label: pathtraver safe CWE-22
# pathtraver_0034: source flask, bar inherit

import os
from flask import Flask, request

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    label = "child"


@app.route("/pathtraver_0034", methods=["GET", "POST"])
def pathtraver_0034():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = Child().clean(param)
    base = os.path.realpath("/var/app/uploads")
    path = os.path.realpath(os.path.join(base, bar))
    if not path.startswith(base + os.sep):
        return "bad request", 400
    with open(path) as fh:
        content = fh.read()
    return "ok"
