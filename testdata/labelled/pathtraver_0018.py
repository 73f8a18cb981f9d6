# label: pathtraver safe CWE-22
# pathtraver_0018: source flask, bar digest

import hashlib
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0018", methods=["GET", "POST"])
def pathtraver_0018():
    param = request.headers.get("X-Client-Ref", "")
    bar = hashlib.sha256(param.encode("utf-8")).hexdigest()
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:
        content = fh.read()
    return "ok"
