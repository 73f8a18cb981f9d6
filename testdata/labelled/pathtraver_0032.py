# label: pathtraver safe CWE-22
# pathtraver_0032: source flask, bar kwargs

import os
import urllib.parse
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


def build(**kwargs):
    return kwargs["value"]


@app.route("/pathtraver_0032", methods=["GET", "POST"])
def pathtraver_0032():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    bar = build(value=param)
    name = secure_filename(bar)
    with open(os.path.join("/var/app/uploads", name), "w") as fh:
        fh.write("data")
    return "ok"
