# label: cmdi vulnerable CWE-78
# cmdi_0011: source flask, bar dict_update

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0011", methods=["GET", "POST"])
def cmdi_0011():
    param = request.path.rsplit("/", 1)[-1]
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    stream = os.popen("nslookup %s" % bar)  # want: T78
    out = stream.read()
    return "ok"
