# label: codeinj vulnerable CWE-94
# codeinj_0007: source flask, bar dictset

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0007/<path:name>")
def codeinj_0007(name):
    param = name
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    result = eval(bar)  # want: T94
    return "ok"
