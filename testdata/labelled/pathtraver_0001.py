# label: pathtraver vulnerable CWE-22
# pathtraver_0001: source flask, bar varcond

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0001", methods=["GET", "POST"])
def pathtraver_0001():
    param = request.args.get("name", "")
    bar = param if len(param) < 4096 else ""
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:  # want: T22
        content = fh.read()
    return "ok"
