# label: ssrf vulnerable CWE-918
# ssrf_0004: source flask, bar overwrite_late

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0004", methods=["GET", "POST"])
def ssrf_0004():
    param = request.cookies.get("preference", "")
    bar = "constant"
    if param:
        bar = param
    resp = requests.post(bar + "/hooks/deploy", json={"ok": True}, timeout=5)  # want: T918
    return "ok"
