# label: hash vulnerable CWE-328
# hash_0005: source flask, bar ifexp

import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/hash_0005", methods=["GET", "POST"])
def hash_0005():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    digest = hashlib.sha1(bar.encode("utf-8")).hexdigest()  # want: B324
    return "ok"
