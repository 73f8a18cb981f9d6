# label: ssrf vulnerable CWE-918
# ssrf_0001: source flask, bar ifexp

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0001", methods=["GET", "POST"])
def ssrf_0001():
    param = request.args.get("name", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    resp = requests.get(bar, timeout=5)  # want: T918
    return "ok"
