# label: cipher vulnerable CWE-327
# cipher_0002: source flask, bar b64

import base64
import os
from Crypto.Cipher import ARC4
from flask import Flask, request

app = Flask(__name__)


@app.route("/cipher_0002", methods=["GET", "POST"])
def cipher_0002():
    param = request.form.get("comment", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    key = os.urandom(16)
    cipher = ARC4.new(key)  # want: B304
    data = cipher.encrypt(bar.encode("utf-8"))
    return "ok"
