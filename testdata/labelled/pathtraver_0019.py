# label: pathtraver safe CWE-22
# pathtraver_0019: source flask, bar inherit_override

import pathlib
from flask import Flask, request

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    def clean(self, value):
        return "cleaned"


@app.route("/pathtraver_0019", methods=["GET", "POST"])
def pathtraver_0019():
    param = request.cookies.get("preference", "")
    bar = Child().clean(param)
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()
    return "ok"
