# label: cipher safe CWE-327
# cipher_0010: source flask, bar direct

import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import Flask, request

app = Flask(__name__)


@app.route("/cipher_0010", methods=["GET", "POST"])
def cipher_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = param
    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    data = AESGCM(key).encrypt(nonce, bar.encode("utf-8"), None)
    return "ok"
