# label: redirect vulnerable CWE-601
# redirect_0003: source flask, bar dict

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0003", methods=["GET", "POST"])
def redirect_0003():
    param = request.args.get("name", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    return redirect(bar)  # want: T601
