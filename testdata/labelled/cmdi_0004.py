# label: cmdi vulnerable CWE-78
# cmdi_0004: source flask, bar generator

import os
from flask import Flask, request

app = Flask(__name__)


def produce(value):
    yield value
    yield "done"


@app.route("/cmdi_0004", methods=["GET", "POST"])
def cmdi_0004():
    param = request.cookies.get("preference", "")
    bar = next(produce(param))
    stream = os.popen("nslookup %s" % bar)  # want: T78
    out = stream.read()
    return "ok"
