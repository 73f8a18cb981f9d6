# label: pathtraver vulnerable CWE-22
# pathtraver_0004: source flask, bar list_pop

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0004", methods=["GET", "POST"])
def pathtraver_0004():
    param = request.cookies.get("preference", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:  # want: T22
        content = fh.read()
    return "ok"
