# label: pathtraver safe CWE-22
# pathtraver_0023: source flask, bar truthy

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0023/<name>")
def pathtraver_0023(name):
    param = name
    bar = "yes" if param else "no"
    with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:
        fh.write("x")
    return "ok"
