# label: pathtraver safe CWE-22
# pathtraver_0026: source flask, bar dict_safe

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0026", methods=["GET", "POST"])
def pathtraver_0026():
    param = request.path.rsplit("/", 1)[-1]
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    os.remove("/tmp/app/" + bar)
    return "ok"
