# label: pathtraver safe CWE-22
# pathtraver_0021: source flask, bar inherit_override

import pathlib
from flask import Flask, request

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    def clean(self, value):
        return "cleaned"


@app.route("/pathtraver_0021", methods=["GET", "POST"])
def pathtraver_0021():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = Child().clean(param)
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()
    return "ok"
