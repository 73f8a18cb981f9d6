# label: hash safe CWE-328
# hash_0007: source flask, bar list_pop

import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/hash_0007", methods=["GET", "POST"])
def hash_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    h = hashlib.new("sha512")
    h.update(bar.encode("utf-8"))
    digest = h.hexdigest()
    return "ok"
