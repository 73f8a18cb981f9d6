# label: ssrf safe CWE-918
# ssrf_0009: source flask, bar uuid

import requests
import uuid
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0009", methods=["GET", "POST"])
def ssrf_0009():
    param = request.values.get("q", "")
    bar = str(uuid.UUID(param))
    resp = requests.get(bar, timeout=5)
    return "ok"
