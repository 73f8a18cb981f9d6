# label: ssrf vulnerable CWE-918
# ssrf_0001: source flask, bar replace

import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0001", methods=["GET", "POST"])
def ssrf_0001():
    param = request.args.get("name", "")
    bar = param.replace("\t", " ")
    with urllib.request.urlopen("http://" + bar + "/status") as resp:  # want: T918
        body = resp.read()
    return "ok"
