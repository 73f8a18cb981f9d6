# label: pathtraver vulnerable CWE-22
# pathtraver_0003: source flask, bar b64

import base64
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0003", methods=["GET", "POST"])
def pathtraver_0003():
    param = request.headers.get("X-Client-Ref", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    os.remove("/tmp/app/" + bar)  # want: T22
    return "ok"
