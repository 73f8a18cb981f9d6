# label: ssrf vulnerable CWE-918
# ssrf_0008: source flask, bar replace

import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0008", methods=["GET", "POST"])
def ssrf_0008():
    param = request.values.get("q", "")
    bar = param.replace("\t", " ")
    with urllib.request.urlopen("http://" + bar + "/status") as resp:  # want: T918
        body = resp.read()
    return "ok"
