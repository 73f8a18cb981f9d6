# label: weakrand safe CWE-330
# weakrand_0008: source flask, bar ifexp

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/weakrand_0008/<path:name>")
def weakrand_0008(name):
    param = name
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    token = bar + os.urandom(16).hex()
    return "ok"
