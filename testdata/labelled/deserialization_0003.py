# label: deserialization vulnerable CWE-502
# deserialization_0003: source flask, bar selfattr

import marshal
from flask import Flask, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


@app.route("/deserialization_0003", methods=["GET", "POST"])
def deserialization_0003():
    param = request.headers.get("X-Client-Ref", "")
    holder = Holder(param)
    bar = holder.get()
    obj = marshal.loads(bytes.fromhex(bar))  # want: T502
    return "ok"
