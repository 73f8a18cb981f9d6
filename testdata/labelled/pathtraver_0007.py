# label: pathtraver vulnerable CWE-22
# pathtraver_0007: source flask, bar b64

import base64
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0007", methods=["GET", "POST"])
def pathtraver_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:  # want: T22
        content = fh.read()
    return "ok"
