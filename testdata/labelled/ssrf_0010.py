# label: ssrf safe CWE-918
# ssrf_0010: source flask, bar list_pop_safe

import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0010", methods=["GET", "POST"])
def ssrf_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[1]
    with urllib.request.urlopen("http://" + bar + "/status") as resp:
        body = resp.read()
    return "ok"
