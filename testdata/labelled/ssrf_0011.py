# label: ssrf safe CWE-918
# ssrf_0011: source flask, bar try_const

import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0011/<path:rest>")
def ssrf_0011(rest):
    param = request.path.split("/", 2)[2]
    try:
        int(param)
        bar = "numeric"
    except ValueError:
        bar = "other"
    resp = httpx.get(bar)
    return "ok"
