# label: pathtraver vulnerable CWE-22
# pathtraver_0010: source flask, bar replace

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0010", methods=["GET", "POST"])
def pathtraver_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = param.replace("\t", " ")
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:  # want: T22
        content = fh.read()
    return "ok"
