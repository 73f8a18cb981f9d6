# label: cipher vulnerable CWE-327
# cipher_0003: source flask, bar dict

import os
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from flask import Flask, request

app = Flask(__name__)


@app.route("/cipher_0003", methods=["GET", "POST"])
def cipher_0003():
    param = request.headers.get("X-Client-Ref", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    key = os.urandom(24)
    iv = os.urandom(8)
    cipher = Cipher(algorithms.TripleDES(key), modes.CBC(iv))  # want: B304
    enc = cipher.encryptor()
    return "ok"
