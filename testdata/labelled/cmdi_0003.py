# label: cmdi vulnerable CWE-78
# cmdi_0003: source flask, bar comprehension

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0003", methods=["GET", "POST"])
def cmdi_0003():
    param = request.headers.get("X-Client-Ref", "")
    bar = "".join([ch for ch in param])
    out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])  # want: T78
    return "ok"
