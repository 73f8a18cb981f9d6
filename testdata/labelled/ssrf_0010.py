# label: ssrf safe CWE-918
# ssrf_0010: source flask, bar try_const

import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0010/<path:rest>")
def ssrf_0010(rest):
    param = request.path.split("/", 2)[2]
    try:
        int(param)
        bar = "numeric"
    except ValueError:
        bar = "other"
    with urllib.request.urlopen("http://" + bar + "/status") as resp:
        body = resp.read()
    return "ok"
