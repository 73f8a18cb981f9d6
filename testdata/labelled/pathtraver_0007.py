# label: pathtraver vulnerable CWE-22
# pathtraver_0007: source flask, bar ifstmt

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0007", methods=["GET", "POST"])
def pathtraver_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:  # want: T22
        content = fh.read()
    return "ok"
