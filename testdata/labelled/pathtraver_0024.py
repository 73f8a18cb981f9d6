# label: pathtraver safe CWE-22
# pathtraver_0024: source flask, bar dict_get_default

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0024", methods=["GET", "POST"])
def pathtraver_0024():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    values = {"keyA": "a-Value", "keyB": "b-Value"}
    bar = values.get("keyA", param)
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:
        content = fh.read()
    return "ok"
