# label: cmdi safe CWE-78
# cmdi_0026: source flask, bar regex_guard

import os
import re
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0026", methods=["GET", "POST"])
def cmdi_0026():
    param = request.args.get("name", "")
    if not re.fullmatch(r"[A-Za-z0-9_]+", param):
        return "bad request", 400
    bar = param
    os.system("echo " + bar)
    return "ok"
