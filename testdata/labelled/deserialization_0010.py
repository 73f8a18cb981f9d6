# label: deserialization safe CWE-502
# deserialization_0010: source flask, bar list_remove

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0010/<path:rest>")
def deserialization_0010(rest):
    param = request.path.split("/", 2)[2]
    items = [param, "safe"]
    items.remove(param)
    bar = items[0]
    obj = yaml.load(bar, Loader=yaml.Loader)
    return "ok"
