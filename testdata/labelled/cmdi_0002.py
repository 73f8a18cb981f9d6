# label: cmdi vulnerable CWE-78
# cmdi_0002: source flask, bar lambda

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0002", methods=["GET", "POST"])
def cmdi_0002():
    param = request.form.get("comment", "")
    transform = lambda s: s
    bar = transform(param)
    subprocess.run(f"ls -l {bar}", shell=True)  # want: T78
    return "ok"
