# label: codeinj vulnerable CWE-94
# codeinj_0001: source flask, bar ifexp

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0001", methods=["GET", "POST"])
def codeinj_0001():
    param = request.args.get("name", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    result = eval(bar)  # want: T94
    return "ok"
