# label: cmdi safe CWE-78
# cmdi_0031: source flask, bar while

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0031", methods=["GET", "POST"])
def cmdi_0031():
    param = request.values.get("q", "")
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    subprocess.run(["ping", "-c", "1", "--", bar], check=False)
    return "ok"
