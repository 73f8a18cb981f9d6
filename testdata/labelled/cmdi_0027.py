# label: cmdi safe CWE-78
# cmdi_0027: source flask, bar isdigit

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0027/<name>")
def cmdi_0027(name):
    param = name
    bar = param if param.isdigit() else "0"
    subprocess.run(f"ls -l {bar}", shell=True)
    return "ok"
