# label: deserialization vulnerable CWE-502
# deserialization_0002: source flask, bar dictset

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0002", methods=["GET", "POST"])
def deserialization_0002():
    param = request.form.get("comment", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
    return "ok"
