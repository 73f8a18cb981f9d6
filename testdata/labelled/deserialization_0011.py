# label: deserialization safe CWE-502
# deserialization_0011: source flask, bar list_remove

import marshal
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0011", methods=["GET", "POST"])
def deserialization_0011():
    param = request.path.rsplit("/", 1)[-1]
    items = [param, "safe"]
    items.remove(param)
    bar = items[0]
    obj = marshal.loads(bytes.fromhex(bar))
    return "ok"
