# label: cmdi vulnerable CWE-78
# cmdi_0002: source flask, bar b64

import base64
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0002", methods=["GET", "POST"])
def cmdi_0002():
    param = request.form.get("comment", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    subprocess.run(f"ls -l {bar}", shell=True)  # want: T78
    return "ok"
