# label: deserialization vulnerable CWE-502
# deserialization_0001: source flask, bar selfattr

import base64
import pickle
from flask import Flask, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


@app.route("/deserialization_0001", methods=["GET", "POST"])
def deserialization_0001():
    param = request.args.get("name", "")
    holder = Holder(param)
    bar = holder.get()
    obj = pickle.loads(base64.b64decode(bar))  # want: T502
    return "ok"
