# label: cmdi safe CWE-78
# cmdi_0022: source flask, bar overwrite

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0022", methods=["GET", "POST"])
def cmdi_0022():
    param = request.headers.get("X-Client-Ref", "")
    bar = param
    bar = "constant_value"
    out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])
    return "ok"
