# label: cmdi vulnerable CWE-78
# cmdi_0005: source flask, bar try

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0005", methods=["GET", "POST"])
def cmdi_0005():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    try:
        bar = param.encode("ascii").decode("ascii")
    except UnicodeError:
        bar = ""
    proc = subprocess.Popen(bar, shell=True, stdout=subprocess.PIPE)  # want: T78
    out = proc.communicate()[0]
    return "ok"
