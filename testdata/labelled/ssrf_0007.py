# label: ssrf vulnerable CWE-918
# ssrf_0007: source flask, bar method

import httpx
from flask import Flask, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/ssrf_0007/<path:name>")
def ssrf_0007(name):
    param = name
    thing = Thing()
    bar = thing.do_something(param)
    resp = httpx.get(bar)  # want: T918
    return "ok"
