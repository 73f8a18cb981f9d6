# label: ssrf vulnerable CWE-918
# ssrf_0008: source flask, bar replace

import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0008/<name>")
def ssrf_0008(name):
    param = name
    bar = param.replace("\t", " ")
    with urllib.request.urlopen("http://" + bar + "/status") as resp:  # want: T918
        body = resp.read()
    return "ok"
