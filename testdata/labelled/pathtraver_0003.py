# label: pathtraver vulnerable CWE-22
# pathtraver_0003: source flask, bar dict

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0003", methods=["GET", "POST"])
def pathtraver_0003():
    param = request.headers.get("X-Client-Ref", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    os.remove("/tmp/app/" + bar)  # want: T22
    return "ok"
