# label: ssrf vulnerable CWE-918
# ssrf_0002: source flask, bar b64

import base64
import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0002", methods=["GET", "POST"])
def ssrf_0002():
    param = request.form.get("comment", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    with urllib.request.urlopen("http://" + bar + "/status") as resp:  # want: T918
        body = resp.read()
    return "ok"
