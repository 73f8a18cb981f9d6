# label: cmdi vulnerable CWE-78
# cmdi_0004: source flask, bar lambda

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0004", methods=["GET", "POST"])
def cmdi_0004():
    param = request.cookies.get("preference", "")
    transform = lambda s: s
    bar = transform(param)
    stream = os.popen("nslookup %s" % bar)  # want: T78
    out = stream.read()
    return "ok"
