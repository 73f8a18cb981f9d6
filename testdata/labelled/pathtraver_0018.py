# label: pathtraver vulnerable CWE-22
# pathtraver_0018: source flask, bar loop

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0018", methods=["GET", "POST"])
def pathtraver_0018():
    param = request.headers.get("X-Client-Ref", "")
    bar = ""
    for ch in param:
        bar += ch
    with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:  # want: T22
        fh.write("x")
    return "ok"
