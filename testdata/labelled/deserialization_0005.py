# label: deserialization vulnerable CWE-502
# deserialization_0005: source flask, bar selfattr

import base64
import pickle
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


@app.route("/deserialization_0005", methods=["GET", "POST"])
def deserialization_0005():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    holder = Holder(param)
    bar = holder.get()
    obj = pickle.loads(base64.b64decode(bar))  # want: T502
    return "ok"
