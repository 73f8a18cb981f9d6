# label: codeinj safe CWE-94
# codeinj_0011: source flask, bar ifexp_safe

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0011", methods=["GET", "POST"])
def codeinj_0011():
    param = request.path.rsplit("/", 1)[-1]
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    result = eval(bar)
    return "ok"
