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
    param = request.form.get("comment", "")
    bar = choose(param)
    out = subprocess.getoutput("whois " + bar)
    return "ok"
