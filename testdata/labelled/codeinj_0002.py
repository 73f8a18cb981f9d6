# label: codeinj vulnerable CWE-94
# codeinj_0002: source flask, bar ifstmt

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0002", methods=["GET", "POST"])
def codeinj_0002():
    param = request.form.get("comment", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    exec("total = " + bar)  # want: T94
    return "ok"
