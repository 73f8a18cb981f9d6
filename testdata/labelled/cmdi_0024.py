# label: cmdi safe CWE-78
# cmdi_0024: source flask, bar method_const

import os
from flask import Flask, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return "constant"


@app.route("/cmdi_0024", methods=["GET", "POST"])
def cmdi_0024():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    thing = Thing()
    bar = thing.do_something(param)
    os.system("echo " + bar)
    return "ok"
