# label: codeinj vulnerable CWE-94
# codeinj_0002: source flask, bar replace

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0002", methods=["GET", "POST"])
def codeinj_0002():
    param = request.form.get("comment", "")
    bar = param.replace("\t", " ")
    exec("total = " + bar)  # want: T94
    return "ok"
