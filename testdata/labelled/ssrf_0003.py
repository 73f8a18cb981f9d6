# label: ssrf vulnerable CWE-918
# ssrf_0003: source flask, bar dict

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0003", methods=["GET", "POST"])
def ssrf_0003():
    param = request.headers.get("X-Client-Ref", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    resp = requests.get(bar, timeout=5)  # want: T918
    return "ok"
