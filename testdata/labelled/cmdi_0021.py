# label: cmdi safe CWE-78
# cmdi_0021: source flask, bar setitem_safe

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0021", methods=["GET", "POST"])
def cmdi_0021():
    param = request.form.get("comment", "")
    items = ["a", param]
    items[1] = "safe"
    bar = items[1]
    out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])
    return "ok"
