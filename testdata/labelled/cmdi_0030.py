# label: cmdi safe CWE-78
# cmdi_0030: source flask, bar length

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0030/<path:name>")
def cmdi_0030(name):
    param = name
    bar = str(len(param))
    proc = subprocess.Popen(bar, shell=True, stdout=subprocess.PIPE)
    out = proc.communicate()[0]
    return "ok"
