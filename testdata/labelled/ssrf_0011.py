# label: ssrf safe CWE-918
# ssrf_0011: source flask, bar direct

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0011", methods=["GET", "POST"])
def ssrf_0011():
    param = request.path.rsplit("/", 1)[-1]
    bar = param
    resp = requests.get("https://api.example.com/search", params={"q": bar}, timeout=5)
    return "ok"
