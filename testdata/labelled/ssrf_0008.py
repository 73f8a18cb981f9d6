# label: ssrf vulnerable CWE-918
# ssrf_0008: source flask, bar splitjoin

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0008", methods=["GET", "POST"])
def ssrf_0008():
    param = request.values.get("q", "")
    bar = " ".join(param.split(" "))
    resp = requests.post(bar + "/hooks/deploy", json={"ok": True}, timeout=5)  # want: T918
    return "ok"
