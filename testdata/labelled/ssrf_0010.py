# label: ssrf safe CWE-918
# ssrf_0010: source flask, bar kwargs_other

import urllib.request
from flask import Flask, request

app = Flask(__name__)


def build(**kwargs):
    return kwargs["other"]


@app.route("/ssrf_0010/<path:rest>")
def ssrf_0010(rest):
    param = request.path.split("/", 2)[2]
    bar = build(value=param, other="safe")
    with urllib.request.urlopen("http://" + bar + "/status") as resp:
        body = resp.read()
    return "ok"
