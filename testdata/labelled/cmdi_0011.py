# label: cmdi vulnerable CWE-78
# cmdi_0011: source flask, bar splitjoin

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0011", methods=["GET", "POST"])
def cmdi_0011():
    param = request.path.rsplit("/", 1)[-1]
    bar = " ".join(param.split(" "))
    out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])  # want: T78
    return "ok"
