# label: deserialization vulnerable CWE-502
# deserialization_0002: source flask, bar closure

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0002", methods=["GET", "POST"])
def deserialization_0002():
    param = request.form.get("comment", "")
    def inner():
        return param
    bar = inner()
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
    return "ok"
