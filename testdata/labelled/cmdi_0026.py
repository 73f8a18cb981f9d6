# label: cmdi safe CWE-78
# cmdi_0026: source flask, bar func_const_cond

import os
from flask import Flask, request

app = Flask(__name__)


def choose(value):
    num = 106
    return "This_should_always_happen" if (7 * 18) + num > 200 else value


@app.route("/cmdi_0026", methods=["GET", "POST"])
def cmdi_0026():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = choose(param)
    os.system("echo " + bar)
    return "ok"
