# label: pathtraver vulnerable CWE-22
# pathtraver_0007: source flask, bar direct

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0007/<path:name>")
def pathtraver_0007(name):
    param = name
    bar = param
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:  # want: T22
        content = fh.read()
    return "ok"
