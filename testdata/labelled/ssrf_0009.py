# label: ssrf safe CWE-918
# ssrf_0009: source flask, bar try_const

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0009", methods=["GET", "POST"])
def ssrf_0009():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    try:
        int(param)
        bar = "numeric"
    except ValueError:
        bar = "other"
    resp = requests.get(bar, timeout=5)
    return "ok"
