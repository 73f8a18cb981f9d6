# label: pathtraver vulnerable CWE-22
# pathtraver_0005: source flask, bar first_word

import os
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0005", methods=["GET", "POST"])
def pathtraver_0005():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    bar = param.split(" ")[0]
    with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:  # want: T22
        fh.write("x")
    return "ok"
