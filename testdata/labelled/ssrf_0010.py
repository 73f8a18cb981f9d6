# label: ssrf safe CWE-918
# ssrf_0010: source flask, bar inherit_override

import urllib.request
from flask import Flask, request

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    def clean(self, value):
        return "cleaned"


@app.route("/ssrf_0010", methods=["GET", "POST"])
def ssrf_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = Child().clean(param)
    with urllib.request.urlopen("http://" + bar + "/status") as resp:
        body = resp.read()
    return "ok"
