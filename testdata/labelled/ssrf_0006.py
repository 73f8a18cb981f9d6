# label: ssrf vulnerable CWE-918
# ssrf_0006: source flask, bar method

import urllib.request
from flask import Flask, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/ssrf_0006", methods=["GET", "POST"])
def ssrf_0006():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    thing = Thing()
    bar = thing.do_something(param)
    with urllib.request.urlopen("http://" + bar + "/status") as resp:  # want: T918
        body = resp.read()
    return "ok"
