# label: deserialization safe CWE-502
# deserialization_0010: source flask, bar ifstmt_safe

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0010", methods=["GET", "POST"])
def deserialization_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    obj = yaml.load(bar, Loader=yaml.Loader)
    return "ok"
