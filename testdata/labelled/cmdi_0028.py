# label: cmdi safe CWE-78
# cmdi_0028: source flask, bar float

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0028", methods=["GET", "POST"])
def cmdi_0028():
    param = request.headers.get("X-Client-Ref", "")
    bar = str(float(param))
    out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])
    return "ok"
