# label: cmdi safe CWE-78
# cmdi_0035: source flask, bar loop

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0035", methods=["GET", "POST"])
def cmdi_0035():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = ""
    for ch in param:
        bar += ch
    subprocess.run(["tar", "czf", "/tmp/out.tgz", "--", bar], check=False)
    return "ok"
