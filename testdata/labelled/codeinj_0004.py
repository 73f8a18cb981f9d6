# label: codeinj vulnerable CWE-94
# codeinj_0004: source flask, bar loop

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0004", methods=["GET", "POST"])
def codeinj_0004():
    param = request.cookies.get("preference", "")
    bar = ""
    for ch in param:
        bar += ch
    result = eval(bar)  # want: T94
    return "ok"
