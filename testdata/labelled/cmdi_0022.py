# label: cmdi safe CWE-78
# cmdi_0022: source flask, bar del_index_safe

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0022", methods=["GET", "POST"])
def cmdi_0022():
    param = request.headers.get("X-Client-Ref", "")
    items = [param, "safe"]
    del items[0]
    bar = items[0]
    stream = os.popen("nslookup %s" % bar)
    out = stream.read()
    return "ok"
