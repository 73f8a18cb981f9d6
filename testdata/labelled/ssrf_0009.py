# label: ssrf safe CWE-918
# ssrf_0009: source flask, bar dict_safe

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0009", methods=["GET", "POST"])
def ssrf_0009():
    param = request.values.get("q", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    resp = requests.get(bar, timeout=5)
    return "ok"
