# label: ssrf vulnerable CWE-918
# ssrf_0004: source flask, bar ifstmt

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0004", methods=["GET", "POST"])
def ssrf_0004():
    param = request.cookies.get("preference", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    resp = requests.post(bar + "/hooks/deploy", json={"ok": True}, timeout=5)  # want: T918
    return "ok"
