# label: codeinj safe CWE-94
# codeinj_0011: source flask, bar varargs_other

from flask import Flask, request

app = Flask(__name__)


def second(*args):
    return args[1]


@app.route("/codeinj_0011", methods=["GET", "POST"])
def codeinj_0011():
    param = request.path.rsplit("/", 1)[-1]
    bar = second(param, "safe")
    result = eval(bar)
    return "ok"
