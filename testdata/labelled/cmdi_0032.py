# label: cmdi safe CWE-78
# cmdi_0032: source flask, bar unquote

import os
import shlex
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0032", methods=["GET", "POST"])
def cmdi_0032():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = urllib.parse.unquote(param)
    os.system("echo " + shlex.quote(bar))
    return "ok"
