# label: cmdi vulnerable CWE-78
# cmdi_0003: source flask, bar fstring

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0003", methods=["GET", "POST"])
def cmdi_0003():
    param = request.headers.get("X-Client-Ref", "")
    bar = f"{param}"
    out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])  # want: T78
    return "ok"
