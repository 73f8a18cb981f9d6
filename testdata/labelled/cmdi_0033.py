# label: cmdi safe CWE-78
# cmdi_0033: source flask, bar b64

import base64
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0033/<path:name>")
def cmdi_0033(name):
    param = name
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    out = subprocess.check_output(["grep", "-F", "--", bar, "/var/log/app.log"])
    return "ok"
