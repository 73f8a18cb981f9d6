# label: cmdi safe CWE-78
# cmdi_0030: source flask, bar dictset

import os
import shlex
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0030", methods=["GET", "POST"])
def cmdi_0030():
    param = request.path.rsplit("/", 1)[-1]
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    os.system("echo " + shlex.quote(bar))
    return "ok"
