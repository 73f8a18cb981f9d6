# label: weakrand safe CWE-330
# weakrand_0007: source flask, bar list_pop

import random
from flask import Flask, request

app = Flask(__name__)


@app.route("/weakrand_0007", methods=["GET", "POST"])
def weakrand_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    token = "%s-%d" % (bar, random.SystemRandom().randint(100000, 999999))
    return "ok"
