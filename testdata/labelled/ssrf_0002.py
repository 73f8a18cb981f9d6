# label: ssrf vulnerable CWE-918
# ssrf_0002: source flask, bar ifstmt

import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0002", methods=["GET", "POST"])
def ssrf_0002():
    param = request.form.get("comment", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    with urllib.request.urlopen("http://" + bar + "/status") as resp:  # want: T918
        body = resp.read()
    return "ok"
