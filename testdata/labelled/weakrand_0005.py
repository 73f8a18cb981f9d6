# label: weakrand vulnerable CWE-330
# weakrand_0005: source flask, bar ifexp

import random
from flask import Flask, request

app = Flask(__name__)


@app.route("/weakrand_0005", methods=["GET", "POST"])
def weakrand_0005():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    token = bar + str(random.random())  # want: B311
    return "ok"
