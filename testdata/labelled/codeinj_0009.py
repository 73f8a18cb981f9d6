# label: codeinj safe CWE-94
# codeinj_0009: source flask, bar varargs_other

from flask import Flask, request

app = Flask(__name__)


def second(*args):
    return args[1]


@app.route("/codeinj_0009", methods=["GET", "POST"])
def codeinj_0009():
    param = request.values.get("q", "")
    bar = second(param, "safe")
    exec("total = " + bar)
    return "ok"
