# label: ssrf vulnerable CWE-918
# ssrf_0003: source flask, bar helper

import urllib.request
from flask import Flask, request

app = Flask(__name__)


def do_something(value):
    value = value.strip()
    return value


@app.route("/ssrf_0003", methods=["GET", "POST"])
def ssrf_0003():
    param = request.headers.get("X-Client-Ref", "")
    bar = do_something(param)
    with urllib.request.urlopen("http://" + bar + "/status") as resp:  # want: T918
        body = resp.read()
    return "ok"
