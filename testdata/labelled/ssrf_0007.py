# label: ssrf vulnerable CWE-918
# ssrf_0007: source flask, bar percent

import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0007", methods=["GET", "POST"])
def ssrf_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = "%s" % param
    resp = httpx.get(bar)  # want: T918
    return "ok"
