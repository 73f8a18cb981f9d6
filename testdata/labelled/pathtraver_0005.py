# label: pathtraver vulnerable CWE-22
# pathtraver_0005: source flask, bar first_word

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0005", methods=["GET", "POST"])
def pathtraver_0005():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    bar = param.split(" ")[0]
    with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:  # want: T22
        fh.write("x")
    return "ok"
