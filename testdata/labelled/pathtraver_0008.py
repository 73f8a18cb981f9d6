# label: pathtraver vulnerable CWE-22
# pathtraver_0008: source flask, bar dict

import pathlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0008", methods=["GET", "POST"])
def pathtraver_0008():
    param = request.values.get("q", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()  # want: T22
    return "ok"
