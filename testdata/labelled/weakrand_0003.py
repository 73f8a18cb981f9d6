# label: weakrand vulnerable CWE-330
# weakrand_0003: source flask, bar dict

import random
from flask import Flask, request

app = Flask(__name__)


@app.route("/weakrand_0003", methods=["GET", "POST"])
def weakrand_0003():
    param = request.headers.get("X-Client-Ref", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    token = bar + "".join(random.choice("abcdef0123456789") for _ in range(16))  # want: B311
    return "ok"
