# label: xss safe CWE-79
# xss_0048: source flask, bar format

import urllib.parse
from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0048", methods=["GET", "POST"])
def xss_0048():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    bar = "{}".format(param)
    return "Saved: " + bar, 200, {"Content-Type": "text/plain; charset=utf-8"}
