# label: codeinj safe CWE-94
# codeinj_0008: source flask, bar truthy

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0008", methods=["GET", "POST"])
def codeinj_0008():
    param = request.values.get("q", "")
    bar = "yes" if param else "no"
    result = eval(bar)
    return "ok"
