# label: codeinj safe CWE-94
# codeinj_0008: source flask, bar dict_get_default

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0008", methods=["GET", "POST"])
def codeinj_0008():
    param = request.values.get("q", "")
    values = {"keyA": "a-Value", "keyB": "b-Value"}
    bar = values.get("keyA", param)
    result = eval(bar)
    return "ok"
