# label: deserialization vulnerable CWE-502
# deserialization_0007: source flask, bar percent

import marshal
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0007/<path:name>")
def deserialization_0007(name):
    param = name
    bar = "%s" % param
    obj = marshal.loads(bytes.fromhex(bar))  # want: T502
    return "ok"
