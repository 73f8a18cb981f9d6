# label: cmdi vulnerable CWE-78
# cmdi_0011: source flask, bar del_index

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0011", methods=["GET", "POST"])
def cmdi_0011():
    param = request.path.rsplit("/", 1)[-1]
    items = ["safe", param]
    del items[0]
    bar = items[0]
    stream = os.popen("nslookup %s" % bar)  # want: T78
    out = stream.read()
    return "ok"
