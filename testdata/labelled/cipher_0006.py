# label: cipher safe CWE-327
# cipher_0006: source flask, bar dict

import os
import urllib.parse
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import Flask, request

app = Flask(__name__)


@app.route("/cipher_0006", methods=["GET", "POST"])
def cipher_0006():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    data = AESGCM(key).encrypt(nonce, bar.encode("utf-8"), None)
    return "ok"
