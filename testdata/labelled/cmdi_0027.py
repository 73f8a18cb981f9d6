# label: cmdi safe CWE-78
# cmdi_0027: source flask, bar list_pop

import os
import shlex
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0027/<name>")
def cmdi_0027(name):
    param = name
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    os.system("echo " + shlex.quote(bar))
    return "ok"
