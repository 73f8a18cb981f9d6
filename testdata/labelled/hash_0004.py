# label: hash vulnerable CWE-328
# hash_0004: source flask, bar list_pop

import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/hash_0004", methods=["GET", "POST"])
def hash_0004():
    param = request.cookies.get("preference", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    digest = hashlib.md5(bar.encode("utf-8")).hexdigest()  # want: B324
    return "ok"
