# label: codeinj safe CWE-94
# codeinj_0008: source flask, bar kwargs_other

from flask import Flask, request

app = Flask(__name__)


def build(**kwargs):
    return kwargs["other"]


@app.route("/codeinj_0008/<name>")
def codeinj_0008(name):
    param = name
    bar = build(value=param, other="safe")
    result = eval(bar)
    return "ok"
