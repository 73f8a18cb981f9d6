# label: cipher vulnerable CWE-327
# cipher_0004: source flask, bar list_pop

from Crypto.Cipher import DES
from flask import Flask, request

app = Flask(__name__)


@app.route("/cipher_0004", methods=["GET", "POST"])
def cipher_0004():
    param = request.cookies.get("preference", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    key = b"8bytekey"
    cipher = DES.new(key, DES.MODE_ECB)  # want: B304
    data = cipher.encrypt(bar.encode("utf-8").ljust(8)[:8])
    return "ok"
