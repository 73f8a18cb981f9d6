# label: ssrf vulnerable CWE-918
# ssrf_0003: source flask, bar replace

import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0003", methods=["GET", "POST"])
def ssrf_0003():
    param = request.headers.get("X-Client-Ref", "")
    bar = param.replace("\t", " ")
    with urllib.request.urlopen("http://" + bar + "/status") as resp:  # want: T918
        body = resp.read()
    return "ok"
