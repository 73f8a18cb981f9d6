# label: deserialization vulnerable CWE-502
# deserialization_0007: source flask, bar static

import marshal
from flask import Flask, request

app = Flask(__name__)


class Util:
    @staticmethod
    def passthrough(value):
        return value


@app.route("/deserialization_0007", methods=["GET", "POST"])
def deserialization_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = Util.passthrough(param)
    obj = marshal.loads(bytes.fromhex(bar))  # want: T502
    return "ok"
