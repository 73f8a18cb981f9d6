# label: pathtraver vulnerable CWE-22
# pathtraver_0019: source flask, bar dictset

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0019", methods=["GET", "POST"])
def pathtraver_0019():
    param = request.cookies.get("preference", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:  # want: T22
        content = fh.read()
    return "ok"
