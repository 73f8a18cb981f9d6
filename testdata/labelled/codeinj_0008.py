# label: codeinj safe CWE-94
# codeinj_0008: source flask, bar varargs_other

from flask import Flask, request

app = Flask(__name__)


def second(*args):
    return args[1]


@app.route("/codeinj_0008", methods=["GET", "POST"])
def codeinj_0008():
    param = request.values.get("q", "")
    bar = second(param, "safe")
    result = eval(bar)
    return "ok"
