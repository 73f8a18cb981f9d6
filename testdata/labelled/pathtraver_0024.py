# label: pathtraver safe CWE-22
# pathtraver_0024: source flask, bar ifexp_safe

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0024", methods=["GET", "POST"])
def pathtraver_0024():
    param = request.values.get("q", "")
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:
        content = fh.read()
    return "ok"
