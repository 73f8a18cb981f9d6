# label: pathtraver safe CWE-22
# pathtraver_0029: source flask, bar replace

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0029", methods=["GET", "POST"])
def pathtraver_0029():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = param.replace("\t", " ")
    with open(os.path.join("/var/app/uploads", os.path.basename(bar))) as fh:
        content = fh.read()
    return "ok"
