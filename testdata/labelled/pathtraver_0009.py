# label: pathtraver vulnerable CWE-22
# pathtraver_0009: source flask, bar method

import os
from flask import Flask, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/pathtraver_0009", methods=["GET", "POST"])
def pathtraver_0009():
    param = request.values.get("q", "")
    thing = Thing()
    bar = thing.do_something(param)
    os.remove("/tmp/app/" + bar)  # want: T22
    return "ok"
