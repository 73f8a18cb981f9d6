# label: weakrand vulnerable CWE-330
# weakrand_0004: source flask, bar list_pop

import random
from flask import Flask, request

app = Flask(__name__)


@app.route("/weakrand_0004", methods=["GET", "POST"])
def weakrand_0004():
    param = request.cookies.get("preference", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    token = "%s-%d" % (bar, random.randint(100000, 999999))  # want: B311
    return "ok"
