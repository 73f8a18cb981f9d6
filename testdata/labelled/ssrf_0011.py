# label: ssrf safe CWE-918
# ssrf_0011: source flask, bar length

import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0011", methods=["GET", "POST"])
def ssrf_0011():
    param = request.path.rsplit("/", 1)[-1]
    bar = str(len(param))
    resp = httpx.get(bar)
    return "ok"
