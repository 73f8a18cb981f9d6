# label: cipher safe CWE-327
# cipher_0007: source flask, bar list_pop

from cryptography.fernet import Fernet
from flask import Flask, request

app = Flask(__name__)


@app.route("/cipher_0007", methods=["GET", "POST"])
def cipher_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    key = Fernet.generate_key()
    data = Fernet(key).encrypt(bar.encode("utf-8"))
    return "ok"
