# label: cmdi vulnerable CWE-78
# cmdi_0011: source flask, bar dict_update

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0011/<path:rest>")
def cmdi_0011(rest):
    param = request.path.split("/", 2)[2]
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    stream = os.popen("nslookup %s" % bar)  # want: T78
    out = stream.read()
    return "ok"
