# label: ssrf safe CWE-918
# ssrf_0011: source flask, bar try_const

import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0011", methods=["GET", "POST"])
def ssrf_0011():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    try:
        int(param)
        bar = "numeric"
    except ValueError:
        bar = "other"
    resp = httpx.get(bar)
    return "ok"
