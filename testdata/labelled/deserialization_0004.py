# label: deserialization vulnerable CWE-502
# deserialization_0004: source flask, bar list_pop

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0004", methods=["GET", "POST"])
def deserialization_0004():
    param = request.cookies.get("preference", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
    return "ok"
