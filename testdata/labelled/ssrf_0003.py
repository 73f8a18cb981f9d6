# label: ssrf vulnerable CWE-918
# ssrf_0003: source flask, bar listappend

import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0003", methods=["GET", "POST"])
def ssrf_0003():
    param = request.headers.get("X-Client-Ref", "")
    items = ["safe"]
    items.append(param)
    bar = items[-1]
    resp = httpx.get(bar)  # want: T918
    return "ok"
