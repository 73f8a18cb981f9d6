# label: pathtraver vulnerable CWE-22
# pathtraver_0011: source flask, bar replace

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0011", methods=["GET", "POST"])
def pathtraver_0011():
    param = request.path.rsplit("/", 1)[-1]
    bar = param.replace("\t", " ")
    with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:  # want: T22
        fh.write("x")
    return "ok"
