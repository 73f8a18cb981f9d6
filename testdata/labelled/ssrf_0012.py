# label: ssrf safe CWE-918
# ssrf_0012: source flask, bar kwargs_other

import requests
from flask import Flask, request

app = Flask(__name__)


def build(**kwargs):
    return kwargs["other"]


@app.route("/ssrf_0012", methods=["GET", "POST"])
def ssrf_0012():
    param = request.path.rsplit("/", 1)[-1]
    bar = build(value=param, other="safe")
    resp = requests.post(bar + "/hooks/deploy", json={"ok": True}, timeout=5)
    return "ok"
