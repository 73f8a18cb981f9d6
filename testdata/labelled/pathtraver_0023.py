# label: pathtraver safe CWE-22
# pathtraver_0023: source flask, bar truthy

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0023", methods=["GET", "POST"])
def pathtraver_0023():
    param = request.values.get("q", "")
    bar = "yes" if param else "no"
    with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:
        fh.write("x")
    return "ok"
