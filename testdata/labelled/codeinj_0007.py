# label: codeinj vulnerable CWE-94
# codeinj_0007: source flask, bar closure

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0007/<path:name>")
def codeinj_0007(name):
    param = name
    def inner():
        return param
    bar = inner()
    result = eval(bar)  # want: T94
    return "ok"
