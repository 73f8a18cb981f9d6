# label: cipher safe CWE-327
# cipher_0008: source flask, bar ifexp

import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import Flask, request

app = Flask(__name__)


@app.route("/cipher_0008/<path:name>")
def cipher_0008(name):
    param = name
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    data = AESGCM(key).encrypt(nonce, bar.encode("utf-8"), None)
    return "ok"
