# label: ssrf safe CWE-918
# ssrf_0007: source flask, bar ifexp_safe

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0007", methods=["GET", "POST"])
def ssrf_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    resp = requests.get(bar, timeout=5)
    return "ok"
