# label: codeinj safe CWE-94
# codeinj_0009: source flask, bar dict_safe

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0009", methods=["GET", "POST"])
def codeinj_0009():
    param = request.values.get("q", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    result = eval(bar)
    return "ok"
