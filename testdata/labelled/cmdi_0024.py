# label: cmdi safe CWE-78
# cmdi_0024: source flask, bar dict_overwrite

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0024", methods=["GET", "POST"])
def cmdi_0024():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    values = {"keyB": param}
    values["keyB"] = "safe"
    bar = values["keyB"]
    out = subprocess.getoutput("whois " + bar)
    return "ok"
