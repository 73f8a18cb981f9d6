# label: ssrf vulnerable CWE-918
# ssrf_0001: source flask, bar list_pop

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0001", methods=["GET", "POST"])
def ssrf_0001():
    param = request.args.get("name", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    resp = requests.get(bar, timeout=5)  # want: T918
    return "ok"
