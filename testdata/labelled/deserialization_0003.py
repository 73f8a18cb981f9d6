# label: deserialization vulnerable CWE-502
# deserialization_0003: source flask, bar dict

import base64
import pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0003", methods=["GET", "POST"])
def deserialization_0003():
    param = request.headers.get("X-Client-Ref", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    obj = pickle.loads(base64.b64decode(bar))  # want: T502
    return "ok"
