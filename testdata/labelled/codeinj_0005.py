# label: codeinj vulnerable CWE-94
# codeinj_0005: source flask, bar splitjoin

import urllib.parse
from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0005", methods=["GET", "POST"])
def codeinj_0005():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    bar = " ".join(param.split(" "))
    exec("total = " + bar)  # want: T94
    return "ok"
