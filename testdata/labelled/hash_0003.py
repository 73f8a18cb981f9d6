# label: hash vulnerable CWE-328
# hash_0003: source flask, bar dict

import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/hash_0003", methods=["GET", "POST"])
def hash_0003():
    param = request.headers.get("X-Client-Ref", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    h = hashlib.new("md5")  # want: B324
    h.update(bar.encode("utf-8"))
    digest = h.hexdigest()
    return "ok"
