# label: pathtraver safe CWE-22
# pathtraver_0021: source flask, bar kwargs_other

import os
from flask import Flask, request
from flask import send_file

app = Flask(__name__)


def build(**kwargs):
    return kwargs["other"]


@app.route("/pathtraver_0021", methods=["GET", "POST"])
def pathtraver_0021():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = build(value=param, other="safe")
    return send_file(os.path.join("/srv/files", bar))
