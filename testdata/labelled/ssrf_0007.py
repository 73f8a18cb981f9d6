# label: ssrf vulnerable CWE-918
# ssrf_0007: source flask, bar selfattr

import httpx
from flask import Flask, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


@app.route("/ssrf_0007", methods=["GET", "POST"])
def ssrf_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    holder = Holder(param)
    bar = holder.get()
    resp = httpx.get(bar)  # want: T918
    return "ok"
