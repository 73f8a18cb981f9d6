# label: pathtraver safe CWE-22
# pathtraver_0027: source flask, bar list_pop

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0027/<name>")
def pathtraver_0027(name):
    param = name
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    base = os.path.realpath("/var/app/uploads")
    path = os.path.realpath(os.path.join(base, bar))
    if not path.startswith(base + os.sep):
        return "bad request", 400
    with open(path) as fh:
        content = fh.read()
    return "ok"
