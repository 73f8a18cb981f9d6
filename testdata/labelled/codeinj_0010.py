# label: codeinj safe CWE-94
# codeinj_0010: source flask, bar list_pop_safe

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0010", methods=["GET", "POST"])
def codeinj_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[1]
    exec("total = " + bar)
    return "ok"
