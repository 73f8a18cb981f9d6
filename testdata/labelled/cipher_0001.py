# label: cipher vulnerable CWE-327
# cipher_0001: source flask, bar direct

from Crypto.Cipher import DES
from flask import Flask, request

app = Flask(__name__)


@app.route("/cipher_0001", methods=["GET", "POST"])
def cipher_0001():
    param = request.args.get("name", "")
    bar = param
    key = b"8bytekey"
    cipher = DES.new(key, DES.MODE_ECB)  # want: B304
    data = cipher.encrypt(bar.encode("utf-8").ljust(8)[:8])
    return "ok"
