# label: deserialization vulnerable CWE-502
# deserialization_0006: source flask, bar overwrite_late

import urllib.parse
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0006", methods=["GET", "POST"])
def deserialization_0006():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    bar = "constant"
    if param:
        bar = param
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
    return "ok"
