# label: codeinj safe CWE-94
# codeinj_0009: source flask, bar dict_get_default

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0009", methods=["GET", "POST"])
def codeinj_0009():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    values = {"keyA": "a-Value", "keyB": "b-Value"}
    bar = values.get("keyA", param)
    exec("total = " + bar)
    return "ok"
