# label: cmdi vulnerable CWE-78
# cmdi_0005: source flask, bar ifexp

import os
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
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    os.system("echo " + bar)  # want: T78
    return "ok"
