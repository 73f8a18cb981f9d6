# label: codeinj vulnerable CWE-94
# codeinj_0003: source flask, bar dict

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0003", methods=["GET", "POST"])
def codeinj_0003():
    param = request.headers.get("X-Client-Ref", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    result = eval(bar)  # want: T94
    return "ok"
