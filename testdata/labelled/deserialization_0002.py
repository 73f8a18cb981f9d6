# label: deserialization vulnerable CWE-502
# deserialization_0002: source flask, bar b64

import base64
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0002", methods=["GET", "POST"])
def deserialization_0002():
    param = request.form.get("comment", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
    return "ok"
