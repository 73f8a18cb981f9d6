# label: cmdi safe CWE-78
# cmdi_0029: source flask, bar replace

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0029", methods=["GET", "POST"])
def cmdi_0029():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = param.replace("\t", " ")
    subprocess.run(["ping", "-c", "1", "--", bar], check=False)
    return "ok"
