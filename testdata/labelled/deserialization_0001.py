# label: deserialization vulnerable CWE-502
# deserialization_0001: source flask, bar unpack

import base64
import pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0001", methods=["GET", "POST"])
def deserialization_0001():
    param = request.args.get("name", "")
    first, bar = "safe", param
    obj = pickle.loads(base64.b64decode(bar))  # want: T502
    return "ok"
