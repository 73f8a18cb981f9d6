# label: pathtraver safe CWE-22
# pathtraver_0023: source flask, bar kwargs_other

import os
from flask import Flask, request

app = Flask(__name__)


def build(**kwargs):
    return kwargs["other"]


@app.route("/pathtraver_0023/<name>")
def pathtraver_0023(name):
    param = name
    bar = build(value=param, other="safe")
    with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:
        fh.write("x")
    return "ok"
