# label: deserialization vulnerable CWE-502
# deserialization_0004: source flask, bar overwrite_late

import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0004", methods=["GET", "POST"])
def deserialization_0004():
    param = request.cookies.get("preference", "")
    bar = "constant"
    if param:
        bar = param
    obj = jsonpickle.decode(bar)  # want: T502
    return "ok"
