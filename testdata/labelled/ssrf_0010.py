# label: ssrf safe CWE-918
# ssrf_0010: source flask, bar kwargs_other

import urllib.request
from flask import Flask, request

app = Flask(__name__)


def build(**kwargs):
    return kwargs["other"]


@app.route("/ssrf_0010", methods=["GET", "POST"])
def ssrf_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = build(value=param, other="safe")
    with urllib.request.urlopen("http://" + bar + "/status") as resp:
        body = resp.read()
    return "ok"
