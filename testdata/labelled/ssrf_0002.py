# label: ssrf vulnerable CWE-918
# ssrf_0002: source flask, bar ifexp

import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0002", methods=["GET", "POST"])
def ssrf_0002():
    param = request.form.get("comment", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    with urllib.request.urlopen("http://" + bar + "/status") as resp:  # want: T918
        body = resp.read()
    return "ok"
