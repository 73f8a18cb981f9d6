# label: pathtraver safe CWE-22
# pathtraver_0021: source flask, bar kwargs_other

import os
import urllib.parse
from flask import Flask, request
from flask import send_file

app = Flask(__name__)


def build(**kwargs):
    return kwargs["other"]


@app.route("/pathtraver_0021", methods=["GET", "POST"])
def pathtraver_0021():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    bar = build(value=param, other="safe")
    return send_file(os.path.join("/srv/files", bar))
