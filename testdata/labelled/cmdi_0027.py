# label: cmdi safe CWE-78
# cmdi_0027: source flask, bar regex_sub

import re
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0027", methods=["GET", "POST"])
def cmdi_0027():
    param = request.form.get("comment", "")
    bar = re.sub(r"[^A-Za-z0-9]", "", param)
    subprocess.run(f"ls -l {bar}", shell=True)
    return "ok"
