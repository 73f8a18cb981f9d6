# label: ssrf vulnerable CWE-918
# ssrf_0001: source flask, bar dict

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0001", methods=["GET", "POST"])
def ssrf_0001():
    param = request.args.get("name", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    resp = requests.get(bar, timeout=5)  # want: T918
    return "ok"
