# label: deserialization vulnerable CWE-502
# deserialization_0006: source flask, bar format

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0006", methods=["GET", "POST"])
def deserialization_0006():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = "{}".format(param)
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
    return "ok"
