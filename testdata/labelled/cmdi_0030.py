# label: cmdi safe CWE-78
# cmdi_0030: source flask, bar length

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0030", methods=["GET", "POST"])
def cmdi_0030():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    bar = str(len(param))
    proc = subprocess.Popen(bar, shell=True, stdout=subprocess.PIPE)
    out = proc.communicate()[0]
    return "ok"
