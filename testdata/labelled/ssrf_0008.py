# label: ssrf vulnerable CWE-918
# ssrf_0008: source flask, bar fstring

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0008/<name>")
def ssrf_0008(name):
    param = name
    bar = f"{param}"
    resp = requests.post(bar + "/hooks/deploy", json={"ok": True}, timeout=5)  # want: T918
    return "ok"
