# label: deserialization safe CWE-502
# deserialization_0011: source flask, bar dict_safe

import marshal
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0011", methods=["GET", "POST"])
def deserialization_0011():
    param = request.path.rsplit("/", 1)[-1]
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    obj = marshal.loads(bytes.fromhex(bar))
    return "ok"
