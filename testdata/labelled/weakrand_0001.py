# label: weakrand vulnerable CWE-330
# weakrand_0001: source flask, bar direct

import random
from flask import Flask, request

app = Flask(__name__)


@app.route("/weakrand_0001", methods=["GET", "POST"])
def weakrand_0001():
    param = request.args.get("name", "")
    bar = param
    token = "%s-%d" % (bar, random.randint(100000, 999999))  # want: B311
    return "ok"
