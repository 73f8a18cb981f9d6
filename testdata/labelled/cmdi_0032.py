# label: cmdi safe CWE-78
# cmdi_0032: source flask, bar unquote

import os
import shlex
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0032", methods=["GET", "POST"])
def cmdi_0032():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = urllib.parse.unquote(param)
    os.system("echo " + shlex.quote(bar))
    return "ok"
