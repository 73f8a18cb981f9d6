# label: cipher safe CWE-327
# cipher_0009: source flask, bar ifstmt

from cryptography.fernet import Fernet
from flask import Flask, request

app = Flask(__name__)


@app.route("/cipher_0009", methods=["GET", "POST"])
def cipher_0009():
    param = request.values.get("q", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    key = Fernet.generate_key()
    data = Fernet(key).encrypt(bar.encode("utf-8"))
    return "ok"
