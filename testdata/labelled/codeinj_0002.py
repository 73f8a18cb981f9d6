# label: codeinj vulnerable CWE-94
# codeinj_0002: source flask, bar unpack

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0002", methods=["GET", "POST"])
def codeinj_0002():
    param = request.form.get("comment", "")
    first, bar = "safe", param
    exec("total = " + bar)  # want: T94
    return "ok"
