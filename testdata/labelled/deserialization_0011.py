# label: deserialization safe CWE-502
# deserialization_0011: source flask, bar overwrite

import marshal
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0011", methods=["GET", "POST"])
def deserialization_0011():
    param = request.path.rsplit("/", 1)[-1]
    bar = param
    bar = "constant_value"
    obj = marshal.loads(bytes.fromhex(bar))
    return "ok"
