# label: deserialization safe CWE-502
# deserialization_0011: source flask, bar direct

import json
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0011", methods=["GET", "POST"])
def deserialization_0011():
    param = request.path.rsplit("/", 1)[-1]
    bar = param
    obj = json.loads(bar)
    return "ok"
