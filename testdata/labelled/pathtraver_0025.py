# label: pathtraver safe CWE-22
# pathtraver_0025: source flask, bar truthy

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0025/<path:rest>")
def pathtraver_0025(rest):
    param = request.path.split("/", 2)[2]
    bar = "yes" if param else "no"
    with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:
        fh.write("x")
    return "ok"
