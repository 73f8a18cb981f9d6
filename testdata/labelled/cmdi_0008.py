# label: cmdi vulnerable CWE-78
# cmdi_0008: source flask, bar helper

import os
from flask import Flask, request

app = Flask(__name__)


def do_something(value):
    value = value.strip()
    return value


@app.route("/cmdi_0008/<name>")
def cmdi_0008(name):
    param = name
    bar = do_something(param)
    stream = os.popen("nslookup %s" % bar)  # want: T78
    out = stream.read()
    return "ok"
