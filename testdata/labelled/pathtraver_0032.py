# label: pathtraver safe CWE-22
# pathtraver_0032: source flask, bar kwargs

import os
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


def build(**kwargs):
    return kwargs["value"]


@app.route("/pathtraver_0032", methods=["GET", "POST"])
def pathtraver_0032():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = build(value=param)
    name = secure_filename(bar)
    with open(os.path.join("/var/app/uploads", name), "w") as fh:
        fh.write("data")
    return "ok"
