# label: pathtraver safe CWE-22
# pathtraver_0023: source flask, bar kwargs_other

import os
from flask import Flask, request
from flask import send_file

app = Flask(__name__)


def build(**kwargs):
    return kwargs["other"]


@app.route("/pathtraver_0023", methods=["GET", "POST"])
def pathtraver_0023():
    param = request.values.get("q", "")
    bar = build(value=param, other="safe")
    return send_file(os.path.join("/srv/files", bar))
