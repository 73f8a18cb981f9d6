# label: deserialization safe CWE-502
# deserialization_0008: source flask, bar ifstmt_safe

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0008/<name>")
def deserialization_0008(name):
    param = name
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    obj = yaml.load(bar, Loader=yaml.Loader)
    return "ok"
