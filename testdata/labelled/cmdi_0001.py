# label: cmdi vulnerable CWE-78
# cmdi_0001: source flask, bar fstring

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0001", methods=["GET", "POST"])
def cmdi_0001():
    param = request.args.get("name", "")
    bar = f"{param}"
    os.system("echo " + bar)  # want: T78
    return "ok"
