# label: ssrf safe CWE-918
# ssrf_0009: source flask, bar inherit_override

import requests
from flask import Flask, request

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    def clean(self, value):
        return "cleaned"


@app.route("/ssrf_0009", methods=["GET", "POST"])
def ssrf_0009():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = Child().clean(param)
    resp = requests.get(bar, timeout=5)
    return "ok"
