# label: pathtraver safe CWE-22
# pathtraver_0024: source flask, bar varargs_other

import os
from flask import Flask, request

app = Flask(__name__)


def second(*args):
    return args[1]


@app.route("/pathtraver_0024", methods=["GET", "POST"])
def pathtraver_0024():
    param = request.values.get("q", "")
    bar = second(param, "safe")
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:
        content = fh.read()
    return "ok"
