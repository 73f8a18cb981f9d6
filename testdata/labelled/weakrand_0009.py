# label: weakrand safe CWE-330
# weakrand_0009: source flask, bar ifstmt

import secrets
from flask import Flask, request

app = Flask(__name__)


@app.route("/weakrand_0009", methods=["GET", "POST"])
def weakrand_0009():
    param = request.values.get("q", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    token = bar + secrets.token_hex(16)
    return "ok"
