# label: codeinj safe CWE-94
# codeinj_0009: source flask, bar ifexp_safe

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0009", methods=["GET", "POST"])
def codeinj_0009():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    exec("total = " + bar)
    return "ok"
