# label: pathtraver safe CWE-22
# pathtraver_0030: source flask, bar dictset

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0030", methods=["GET", "POST"])
def pathtraver_0030():
    param = request.path.rsplit("/", 1)[-1]
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    base = os.path.realpath("/var/app/uploads")
    path = os.path.realpath(os.path.join(base, bar))
    if not path.startswith(base + os.sep):
        return "bad request", 400
    with open(path) as fh:
        content = fh.read()
    return "ok"
