# label: pathtraver safe CWE-22
# pathtraver_0022: source flask, bar overwrite

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0022", methods=["GET", "POST"])
def pathtraver_0022():
    param = request.headers.get("X-Client-Ref", "")
    bar = param
    bar = "constant_value"
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:
        content = fh.read()
    return "ok"
