# label: pathtraver safe CWE-22
# pathtraver_0030: source flask, bar comprehension

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0030", methods=["GET", "POST"])
def pathtraver_0030():
    param = request.cookies.get("preference", "")
    bar = "".join([ch for ch in param])
    with open(os.path.join("/var/app/uploads", os.path.basename(bar))) as fh:
        content = fh.read()
    return "ok"
