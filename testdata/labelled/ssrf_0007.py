# label: ssrf vulnerable CWE-918
# ssrf_0007: source flask, bar listappend

import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0007", methods=["GET", "POST"])
def ssrf_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    items = ["safe"]
    items.append(param)
    bar = items[-1]
    resp = httpx.get(bar)  # want: T918
    return "ok"
