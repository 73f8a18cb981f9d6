# label: cmdi safe CWE-78
# cmdi_0026: source flask, bar direct

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0026", methods=["GET", "POST"])
def cmdi_0026():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = param
    subprocess.run(["ping", "-c", "1", "--", bar], check=False)
    return "ok"
