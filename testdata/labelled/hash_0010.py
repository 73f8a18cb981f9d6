# label: hash safe CWE-328
# hash_0010: source flask, bar direct

import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/hash_0010", methods=["GET", "POST"])
def hash_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = param
    h = hashlib.new("sha512")
    h.update(bar.encode("utf-8"))
    digest = h.hexdigest()
    return "ok"
