# label: pathtraver safe CWE-22
# pathtraver_0026: source flask, bar direct

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0026", methods=["GET", "POST"])
def pathtraver_0026():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = param
    with open(os.path.join("/var/app/uploads", os.path.basename(bar))) as fh:
        content = fh.read()
    return "ok"
