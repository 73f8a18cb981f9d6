# label: ssrf vulnerable CWE-918
# ssrf_0004: source flask, bar list_pop

import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0004", methods=["GET", "POST"])
def ssrf_0004():
    param = request.cookies.get("preference", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    with urllib.request.urlopen("http://" + bar + "/status") as resp:  # want: T918
        body = resp.read()
    return "ok"
