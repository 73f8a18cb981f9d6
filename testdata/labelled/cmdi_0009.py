# label: cmdi vulnerable CWE-78
# cmdi_0009: source flask, bar del_index

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0009", methods=["GET", "POST"])
def cmdi_0009():
    param = request.values.get("q", "")
    items = ["safe", param]
    del items[0]
    bar = items[0]
    subprocess.run(f"ls -l {bar}", shell=True)  # want: T78
    return "ok"
