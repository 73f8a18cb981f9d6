# label: weakrand safe CWE-330
# weakrand_0010: source flask, bar direct

import random
from flask import Flask, request

app = Flask(__name__)


@app.route("/weakrand_0010", methods=["GET", "POST"])
def weakrand_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = param
    token = "%s-%d" % (bar, random.SystemRandom().randint(100000, 999999))
    return "ok"
