# label: deserialization vulnerable CWE-502
# deserialization_0005: source flask, bar listappend

import base64
import pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0005", methods=["GET", "POST"])
def deserialization_0005():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    items = ["safe"]
    items.append(param)
    bar = items[-1]
    obj = pickle.loads(base64.b64decode(bar))  # want: T502
    return "ok"
