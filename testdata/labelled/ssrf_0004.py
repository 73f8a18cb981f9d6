# label: ssrf vulnerable CWE-918
# ssrf_0004: source flask, bar method

import requests
from flask import Flask, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/ssrf_0004", methods=["GET", "POST"])
def ssrf_0004():
    param = request.cookies.get("preference", "")
    thing = Thing()
    bar = thing.do_something(param)
    resp = requests.post(bar + "/hooks/deploy", json={"ok": True}, timeout=5)  # want: T918
    return "ok"
