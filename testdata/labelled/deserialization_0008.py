# label: deserialization vulnerable CWE-502
# deserialization_0008: source flask, bar fstring

import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0008", methods=["GET", "POST"])
def deserialization_0008():
    param = request.values.get("q", "")
    bar = f"{param}"
    obj = jsonpickle.decode(bar)  # want: T502
    return "ok"
