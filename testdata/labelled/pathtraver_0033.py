# label: pathtraver safe CWE-22
# pathtraver_0033: source flask, bar lambda

import os
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0033", methods=["GET", "POST"])
def pathtraver_0033():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    transform = lambda s: s
    bar = transform(param)
    with open(os.path.join("/var/app/uploads", os.path.basename(bar))) as fh:
        content = fh.read()
    return "ok"
