# label: pathtraver safe CWE-22
# pathtraver_0020: source flask, bar digest

import hashlib
import os
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0020", methods=["GET", "POST"])
def pathtraver_0020():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    bar = hashlib.sha256(param.encode("utf-8")).hexdigest()
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:
        content = fh.read()
    return "ok"
