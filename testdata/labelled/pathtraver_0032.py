# label: pathtraver safe CWE-22
# pathtraver_0032: source flask, bar walrus

import os
import urllib.parse
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


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
    if (bar := param) is None:
        return "bad request", 400
    name = secure_filename(bar)
    with open(os.path.join("/var/app/uploads", name), "w") as fh:
        fh.write("data")
    return "ok"
