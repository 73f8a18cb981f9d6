# label: ssrf vulnerable CWE-918
# ssrf_0007: source flask, bar loop

import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0007/<path:name>")
def ssrf_0007(name):
    param = name
    bar = ""
    for ch in param:
        bar += ch
    resp = httpx.get(bar)  # want: T918
    return "ok"
