# label: deserialization safe CWE-502
# deserialization_0009: source flask, bar list_remove

import base64
import pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0009", methods=["GET", "POST"])
def deserialization_0009():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    items = [param, "safe"]
    items.remove(param)
    bar = items[0]
    obj = pickle.loads(base64.b64decode(bar))
    return "ok"
