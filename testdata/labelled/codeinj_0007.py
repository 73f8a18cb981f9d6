# label: codeinj vulnerable CWE-94
# codeinj_0007: source flask, bar splitjoin

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0007", methods=["GET", "POST"])
def codeinj_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = " ".join(param.split(" "))
    result = eval(bar)  # want: T94
    return "ok"
