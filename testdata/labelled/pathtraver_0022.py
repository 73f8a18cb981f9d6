# label: pathtraver safe CWE-22
# pathtraver_0022: source flask, bar try_const

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0022/<path:name>")
def pathtraver_0022(name):
    param = name
    try:
        int(param)
        bar = "numeric"
    except ValueError:
        bar = "other"
    os.remove("/tmp/app/" + bar)
    return "ok"
