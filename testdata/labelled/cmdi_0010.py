# label: cmdi vulnerable CWE-78
# cmdi_0010: source flask, bar insert

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0010", methods=["GET", "POST"])
def cmdi_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    items = [param]
    items.insert(0, "safe")
    bar = items[1]
    out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])  # want: T78
    return "ok"
