# label: hash vulnerable CWE-328
# hash_0002: source flask, bar b64

import base64
import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/hash_0002", methods=["GET", "POST"])
def hash_0002():
    param = request.form.get("comment", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    digest = hashlib.sha1(bar.encode("utf-8")).hexdigest()  # want: B324
    return "ok"
