# label: pathtraver vulnerable CWE-22
# pathtraver_0008: source flask, bar dict

import pathlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0008/<name>")
def pathtraver_0008(name):
    param = name
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()  # want: T22
    return "ok"
