# label: cipher vulnerable CWE-327
# cipher_0005: source flask, bar ifexp

import os
from Crypto.Cipher import ARC4
from flask import Flask, request

app = Flask(__name__)


@app.route("/cipher_0005", methods=["GET", "POST"])
def cipher_0005():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    key = os.urandom(16)
    cipher = ARC4.new(key)  # want: B304
    data = cipher.encrypt(bar.encode("utf-8"))
    return "ok"
