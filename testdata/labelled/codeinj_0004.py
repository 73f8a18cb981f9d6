# label: codeinj vulnerable CWE-94
# codeinj_0004: source flask, bar list_pop

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0004", methods=["GET", "POST"])
def codeinj_0004():
    param = request.cookies.get("preference", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    exec("total = " + bar)  # want: T94
    return "ok"
