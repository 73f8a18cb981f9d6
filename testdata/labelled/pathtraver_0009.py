# label: pathtraver vulnerable CWE-22
# pathtraver_0009: source flask, bar ifstmt

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0009", methods=["GET", "POST"])
def pathtraver_0009():
    param = request.values.get("q", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    os.remove("/tmp/app/" + bar)  # want: T22
    return "ok"
