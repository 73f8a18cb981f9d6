# label: ssrf safe CWE-918
# ssrf_0012: source flask, bar inherit_override

import requests
from flask import Flask, request

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    def clean(self, value):
        return "cleaned"


@app.route("/ssrf_0012", methods=["GET", "POST"])
def ssrf_0012():
    param = request.path.rsplit("/", 1)[-1]
    bar = Child().clean(param)
    resp = requests.post(bar + "/hooks/deploy", json={"ok": True}, timeout=5)
    return "ok"
