# label: pathtraver vulnerable CWE-22
# pathtraver_0019: source flask, bar unpack

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0019", methods=["GET", "POST"])
def pathtraver_0019():
    param = request.cookies.get("preference", "")
    first, bar = "safe", param
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:  # want: T22
        content = fh.read()
    return "ok"
