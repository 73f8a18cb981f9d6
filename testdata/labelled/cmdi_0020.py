# label: cmdi safe CWE-78
# cmdi_0020: source flask, bar alnum

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0020", methods=["GET", "POST"])
def cmdi_0020():
    param = request.args.get("name", "")
    if not param.isalnum():
        return "bad request", 400
    bar = param
    subprocess.run(f"ls -l {bar}", shell=True)
    return "ok"
