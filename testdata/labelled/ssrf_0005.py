# label: ssrf vulnerable CWE-918
# ssrf_0005: source flask, bar method

import requests
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/ssrf_0005", methods=["GET", "POST"])
def ssrf_0005():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    thing = Thing()
    bar = thing.do_something(param)
    resp = requests.get(bar, timeout=5)  # want: T918
    return "ok"
