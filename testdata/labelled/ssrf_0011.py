# label: ssrf safe CWE-918
# ssrf_0011: source flask, bar varargs_other

import httpx
from flask import Flask, request

app = Flask(__name__)


def second(*args):
    return args[1]


@app.route("/ssrf_0011", methods=["GET", "POST"])
def ssrf_0011():
    param = request.path.rsplit("/", 1)[-1]
    bar = second(param, "safe")
    resp = httpx.get(bar)
    return "ok"
