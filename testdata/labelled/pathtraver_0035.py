# label: pathtraver safe CWE-22
# pathtraver_0035: source flask, bar kwargs

import os
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


def build(**kwargs):
    return kwargs["value"]


@app.route("/pathtraver_0035/<path:name>")
def pathtraver_0035(name):
    param = name
    bar = build(value=param)
    name = secure_filename(bar)
    with open(os.path.join("/var/app/uploads", name), "w") as fh:
        fh.write("data")
    return "ok"
