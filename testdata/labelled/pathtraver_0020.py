# label: pathtraver safe CWE-22
# pathtraver_0020: source flask, bar try_const

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0020", methods=["GET", "POST"])
def pathtraver_0020():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    try:
        int(param)
        bar = "numeric"
    except ValueError:
        bar = "other"
    os.remove("/tmp/app/" + bar)
    return "ok"
