# label: codeinj vulnerable CWE-94
# codeinj_0001: source flask, bar dictset

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0001", methods=["GET", "POST"])
def codeinj_0001():
    param = request.args.get("name", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    result = eval(bar)  # want: T94
    return "ok"
