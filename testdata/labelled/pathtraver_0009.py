# label: pathtraver vulnerable CWE-22
# pathtraver_0009: source flask, bar helper

import os
from flask import Flask, request

app = Flask(__name__)


def do_something(value):
    value = value.strip()
    return value


@app.route("/pathtraver_0009", methods=["GET", "POST"])
def pathtraver_0009():
    param = request.values.get("q", "")
    bar = do_something(param)
    os.remove("/tmp/app/" + bar)  # want: T22
    return "ok"
