# label: cmdi safe CWE-78
# cmdi_0024: source flask, bar func_const_cond

import subprocess
from flask import Flask, request

app = Flask(__name__)


def choose(value):
    num = 106
    return "This_should_always_happen" if (7 * 18) + num > 200 else value


@app.route("/cmdi_0024", methods=["GET", "POST"])
def cmdi_0024():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    bar = choose(param)
    out = subprocess.getoutput("whois " + bar)
    return "ok"
