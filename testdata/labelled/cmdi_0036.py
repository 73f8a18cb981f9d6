# label: cmdi safe CWE-78
# cmdi_0036: source flask, bar overwrite_late

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0036/<path:rest>")
def cmdi_0036(rest):
    param = request.path.split("/", 2)[2]
    bar = "constant"
    if param:
        bar = param
    subprocess.run(["ping", "-c", "1", "--", bar], check=False)
    return "ok"
