# label: codeinj safe CWE-94
# codeinj_0008: source flask, bar truthy

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0008/<name>")
def codeinj_0008(name):
    param = name
    bar = "yes" if param else "no"
    result = eval(bar)
    return "ok"
