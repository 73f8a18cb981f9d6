# label: ssrf vulnerable CWE-918
# ssrf_0002: source flask, bar list_pop

import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0002", methods=["GET", "POST"])
def ssrf_0002():
    param = request.form.get("comment", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    with urllib.request.urlopen("http://" + bar + "/status") as resp:  # want: T918
        body = resp.read()
    return "ok"
