# label: pathtraver safe CWE-22
# pathtraver_0035: source flask, bar nested_call

import os
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


def inner(value):
    return value.strip()


def outer(value):
    prefix = ""
    return prefix + inner(value)


@app.route("/pathtraver_0035/<path:name>")
def pathtraver_0035(name):
    param = name
    bar = outer(param)
    name = secure_filename(bar)
    with open(os.path.join("/var/app/uploads", name), "w") as fh:
        fh.write("data")
    return "ok"
