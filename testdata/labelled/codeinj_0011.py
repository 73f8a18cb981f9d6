# label: codeinj safe CWE-94
# codeinj_0011: source flask, bar dict_safe

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0011", methods=["GET", "POST"])
def codeinj_0011():
    param = request.path.rsplit("/", 1)[-1]
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    result = eval(bar)
    return "ok"
