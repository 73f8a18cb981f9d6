# label: cmdi vulnerable CWE-78
# cmdi_0010: source flask, bar replace

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0010", methods=["GET", "POST"])
def cmdi_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = param.replace("\t", " ")
    subprocess.run(f"ls -l {bar}", shell=True)  # want: T78
    return "ok"
