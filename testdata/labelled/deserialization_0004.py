# label: deserialization vulnerable CWE-502
# deserialization_0004: source flask, bar closure

import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0004", methods=["GET", "POST"])
def deserialization_0004():
    param = request.cookies.get("preference", "")
    def inner():
        return param
    bar = inner()
    obj = jsonpickle.decode(bar)  # want: T502
    return "ok"
