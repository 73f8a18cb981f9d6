# label: ssrf vulnerable CWE-918
# ssrf_0005: source flask, bar match

import requests
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


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
    guess = "ABC"
    switch_target = guess[2]
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case "C" | "D":
            bar = param
        case _:
            bar = "bob's your uncle"
    resp = requests.get(bar, timeout=5)  # want: T918
    return "ok"
