# label: pathtraver vulnerable CWE-22
# pathtraver_0018: source flask, bar dictset

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0018", methods=["GET", "POST"])
def pathtraver_0018():
    param = request.headers.get("X-Client-Ref", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:  # want: T22
        fh.write("x")
    return "ok"
