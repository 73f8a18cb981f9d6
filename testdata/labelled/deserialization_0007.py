# label: deserialization vulnerable CWE-502
# deserialization_0007: source flask, bar selfattr

import marshal
from flask import Flask, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


@app.route("/deserialization_0007/<path:name>")
def deserialization_0007(name):
    param = name
    holder = Holder(param)
    bar = holder.get()
    obj = marshal.loads(bytes.fromhex(bar))  # want: T502
    return "ok"
