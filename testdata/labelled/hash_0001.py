# label: hash vulnerable CWE-328
# hash_0001: source flask, bar direct

import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/hash_0001", methods=["GET", "POST"])
def hash_0001():
    param = request.args.get("name", "")
    bar = param
    digest = hashlib.md5(bar.encode("utf-8")).hexdigest()  # want: B324
    return "ok"
