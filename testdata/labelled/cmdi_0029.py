# label: cmdi safe CWE-78
# cmdi_0029: source flask, bar uuid

import os
import uuid
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0029", methods=["GET", "POST"])
def cmdi_0029():
    param = request.cookies.get("preference", "")
    bar = str(uuid.UUID(param))
    stream = os.popen("nslookup %s" % bar)
    out = stream.read()
    return "ok"
