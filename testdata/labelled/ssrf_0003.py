# label: ssrf vulnerable CWE-918
# ssrf_0003: source flask, bar ifstmt

import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0003", methods=["GET", "POST"])
def ssrf_0003():
    param = request.headers.get("X-Client-Ref", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    resp = httpx.get(bar)  # want: T918
    return "ok"
