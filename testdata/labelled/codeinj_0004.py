# label: codeinj vulnerable CWE-94
# codeinj_0004: source flask, bar replace

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0004", methods=["GET", "POST"])
def codeinj_0004():
    param = request.cookies.get("preference", "")
    bar = param.replace("\t", " ")
    exec("total = " + bar)  # want: T94
    return "ok"
