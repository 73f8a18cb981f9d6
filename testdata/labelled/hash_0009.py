# label: hash safe CWE-328
# hash_0009: source flask, bar ifstmt

import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/hash_0009", methods=["GET", "POST"])
def hash_0009():
    param = request.values.get("q", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    digest = hashlib.sha256(bar.encode("utf-8")).hexdigest()
    return "ok"
