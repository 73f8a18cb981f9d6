# label: ssrf vulnerable CWE-918
# ssrf_0001: source flask, bar ifstmt

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0001", methods=["GET", "POST"])
def ssrf_0001():
    param = request.args.get("name", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    resp = requests.get(bar, timeout=5)  # want: T918
    return "ok"
