# label: deserialization safe CWE-502
# deserialization_0009: source flask, bar ifexp_safe

import base64
import pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0009", methods=["GET", "POST"])
def deserialization_0009():
    param = request.values.get("q", "")
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    obj = pickle.loads(base64.b64decode(bar))
    return "ok"
