# label: pathtraver vulnerable CWE-22
# pathtraver_0009: source flask, bar dict

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0009", methods=["GET", "POST"])
def pathtraver_0009():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    os.remove("/tmp/app/" + bar)  # want: T22
    return "ok"
