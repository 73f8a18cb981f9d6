# label: cmdi safe CWE-78
# cmdi_0022: source flask, bar dict_overwrite

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0022", methods=["GET", "POST"])
def cmdi_0022():
    param = request.headers.get("X-Client-Ref", "")
    values = {"keyB": param}
    values["keyB"] = "safe"
    bar = values["keyB"]
    stream = os.popen("nslookup %s" % bar)
    out = stream.read()
    return "ok"
