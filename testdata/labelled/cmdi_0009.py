# label: cmdi vulnerable CWE-78
# cmdi_0009: source flask, bar method

import os
from flask import Flask, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/cmdi_0009", methods=["GET", "POST"])
def cmdi_0009():
    param = request.values.get("q", "")
    thing = Thing()
    bar = thing.do_something(param)
    os.system("echo " + bar)  # want: T78
    return "ok"
