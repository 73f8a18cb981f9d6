# label: ssrf safe CWE-918
# ssrf_0008: source flask, bar ifstmt_safe

import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0008/<name>")
def ssrf_0008(name):
    param = name
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    with urllib.request.urlopen("http://" + bar + "/status") as resp:
        body = resp.read()
    return "ok"
