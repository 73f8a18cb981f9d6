# label: cmdi safe CWE-78
# cmdi_0023: source flask, bar helper_const

import os
from flask import Flask, request

app = Flask(__name__)


def do_something(value):
    return "safe!"


@app.route("/cmdi_0023", methods=["GET", "POST"])
def cmdi_0023():
    param = request.cookies.get("preference", "")
    bar = do_something(param)
    stream = os.popen("nslookup %s" % bar)
    out = stream.read()
    return "ok"
