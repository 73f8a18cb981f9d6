# label: ssrf vulnerable CWE-918
# ssrf_0007: source flask, bar replace

import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0007/<path:name>")
def ssrf_0007(name):
    param = name
    bar = param.replace("\t", " ")
    with urllib.request.urlopen("http://" + bar + "/status") as resp:  # want: T918
        body = resp.read()
    return "ok"
