# label: pathtraver vulnerable CWE-22
# pathtraver_0001: source flask, bar walrus

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0001", methods=["GET", "POST"])
def pathtraver_0001():
    param = request.args.get("name", "")
    if (bar := param) is None:
        return "bad request", 400
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:  # want: T22
        content = fh.read()
    return "ok"
