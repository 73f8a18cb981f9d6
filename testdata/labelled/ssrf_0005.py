# label: ssrf vulnerable CWE-918
# ssrf_0005: source flask, bar selfattr

import requests
from flask import Flask, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


@app.route("/ssrf_0005", methods=["GET", "POST"])
def ssrf_0005():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    holder = Holder(param)
    bar = holder.get()
    resp = requests.get(bar, timeout=5)  # want: T918
    return "ok"
