# label: pathtraver safe CWE-22
# pathtraver_0026: source flask, bar ifstmt_safe

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0026", methods=["GET", "POST"])
def pathtraver_0026():
    param = request.path.rsplit("/", 1)[-1]
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    os.remove("/tmp/app/" + bar)
    return "ok"
