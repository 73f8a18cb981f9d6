# label: codeinj vulnerable CWE-94
# codeinj_0004: source flask, bar listappend

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0004", methods=["GET", "POST"])
def codeinj_0004():
    param = request.cookies.get("preference", "")
    items = ["safe"]
    items.append(param)
    bar = items[-1]
    result = eval(bar)  # want: T94
    return "ok"
