# label: cmdi vulnerable CWE-78
# cmdi_0008: source flask, bar static

import os
from flask import Flask, request

app = Flask(__name__)


class Util:
    @staticmethod
    def passthrough(value):
        return value


@app.route("/cmdi_0008/<name>")
def cmdi_0008(name):
    param = name
    bar = Util.passthrough(param)
    os.system("echo " + bar)  # want: T78
    return "ok"
