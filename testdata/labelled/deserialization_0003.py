# label: deserialization vulnerable CWE-502
# deserialization_0003: source flask, bar listappend

import marshal
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0003", methods=["GET", "POST"])
def deserialization_0003():
    param = request.headers.get("X-Client-Ref", "")
    items = ["safe"]
    items.append(param)
    bar = items[-1]
    obj = marshal.loads(bytes.fromhex(bar))  # want: T502
    return "ok"
