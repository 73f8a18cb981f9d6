# label: codeinj vulnerable CWE-94
# codeinj_0002: source flask, bar helper

from flask import Flask, request

app = Flask(__name__)


def do_something(value):
    value = value.strip()
    return value


@app.route("/codeinj_0002", methods=["GET", "POST"])
def codeinj_0002():
    param = request.form.get("comment", "")
    bar = do_something(param)
    exec("total = " + bar)  # want: T94
    return "ok"
